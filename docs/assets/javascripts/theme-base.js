// Material for MkDocs' head script (partials/javascripts/base.html, MIT licence), served as a
// file so that the Content-Security-Policy refuses inline scripts. The scope comes from the tag.
window.__md_scope = new URL(document.currentScript.dataset.mdScope, location);
window.__md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0);
window.__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
window.__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try {
    t.setItem(a.pathname + "." + e, JSON.stringify(_));
  } catch (e) {}
};
