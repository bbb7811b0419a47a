// Material for MkDocs' content script (partials/javascripts/content.html, MIT licence), served as
// a file so that the Content-Security-Policy refuses inline scripts: opens the tab a link names.
var target = document.getElementById(location.hash.slice(1));
target && target.name && (target.checked = target.name.startsWith("__tabbed_"));
