/* The explainer's one chart script.
 *
 * Every chart on a page is a <figure class="chart"> holding a .chart-plot element and a link to
 * its CSV; the figure's JSON sits next to the CSV. The plot element already shows the chart's
 * still (SVG drawn at build time, themed by CSS), so a page costs no script time to show its
 * charts. This script, run once per visit, makes a chart interactive when the reader reaches for
 * it (pointer over it, a tap, a click): it loads plotly.js (once) and the figure, draws it, and
 * then removes the still. It does so on first load and after each instant navigation (Material's
 * document$), follows the light/dark toggle, and resizes interactive charts when their container
 * changes size (window resize, a <details> opening, a tab becoming visible).
 *
 * One picture: the JSON holds the chart at each design width (`sizes`, every layout value
 * written down by the generator). The live chart is drawn at the design size the stylesheet
 * picks for the column (the same thresholds as its container queries) and scaled to the column
 * with a CSS transform, exactly as the still's SVG is scaled; plotly.js maps the pointer through
 * the transform. Styles are set through the CSSOM only (the site's CSP allows no style markup).
 */
(function () {
  "use strict";

  var PLOTLY_PATH = "assets/vendor/plotly-basic-4.1.1.min.js";
  /* plotly.js's stylesheet as a file: with it linked under this id and class, plotly.js adds no
     <style> element of its own (which a CSP of style-src 'self' refuses). */
  var PLOTLY_CSS_PATH = "assets/vendor/plotly-4.1.1.css";
  var PLOTLY_CSS_ID = "plotly.js-style-global";
  var PLOT_CONFIG = { displayModeBar: false, responsive: false, scrollZoom: false };
  /* Column widths at which the next design takes over: as explainer.css's container queries. */
  var SIZE_STEPS = [450, 650];

  var configElement = document.getElementById("__config");
  var siteBase = new URL(
    (configElement ? JSON.parse(configElement.textContent).base : ".") + "/",
    location.href
  );

  var plotlyPromise = null;
  var figureCache = new Map();
  var rendered = new Map();  /* plot element → {live: the div plotly.js draws in, figure} */
  var sizes = null;
  /* A pointer already resting over the chart when the page came (back) reaches for it when it moves. */
  var INTENT_EVENTS = ["pointerenter", "pointermove", "pointerdown", "touchstart", "click"];
  var themeWatcher = null;
  var watchedBody = null;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!plotlyPromise) {
      if (!document.getElementById(PLOTLY_CSS_ID)) {
        var sheet = document.createElement("link");
        sheet.id = PLOTLY_CSS_ID;
        sheet.className = "no-inline-styles";
        sheet.rel = "stylesheet";
        sheet.href = new URL(PLOTLY_CSS_PATH, siteBase).href;
        document.head.appendChild(sheet);
      }
      plotlyPromise = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL(PLOTLY_PATH, siteBase).href;
        script.async = true;
        script.onload = function () { resolve(window.Plotly); };
        script.onerror = function () {
          plotlyPromise = null;
          reject(new Error("plotly.js could not be loaded"));
        };
        document.head.appendChild(script);
      });
    }
    return plotlyPromise;
  }

  function loadFigure(url) {
    if (!figureCache.has(url)) {
      figureCache.set(url, fetch(url).then(function (response) {
        if (!response.ok) throw new Error("chart data " + url + ": HTTP " + response.status);
        return response.json();
      }).catch(function (error) {
        figureCache.delete(url);
        throw error;
      }));
    }
    return figureCache.get(url);
  }

  function cssVar(name) {
    return getComputedStyle(document.body).getPropertyValue(name).trim();
  }

  /* A label ground the generator marks as the page's own (PAGE_GROUND in still/furniture.py),
     in the theme's ground colour, as the still's stylesheet paints it. */
  var PAGE_GROUND = "rgba(255,255,255,0.8)";
  function groundLabel() {
    var probe = document.createElement("span");
    probe.style.color = "var(--md-default-bg-color)";
    document.body.appendChild(probe);
    var rgb = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) || ["255", "255", "255"];
    probe.remove();
    return "rgba(" + rgb.slice(0, 3).join(",") + ",0.8)";
  }

  /* Layout keys that follow the page theme: text, grid and hover colours. */
  function themeLayout(layout) {
    var text = cssVar("--md-default-fg-color") || "#222";
    var grid = cssVar("--md-default-fg-color--lightest") || "rgba(0,0,0,0.1)";
    var ground = cssVar("--md-default-bg-color") || "#fff";
    var update = {
      "font.color": text,
      "legend.font.color": text,
      "hoverlabel.bgcolor": ground,
      "hoverlabel.font.color": text,
      "hoverlabel.bordercolor": grid
    };
    (layout.annotations || []).forEach(function (note, index) {
      if (note.bgcolor === PAGE_GROUND) update["annotations[" + index + "].bgcolor"] = groundLabel();
    });
    Object.keys(layout).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) {
        update[key + ".gridcolor"] = grid;
        update[key + ".zerolinecolor"] = grid;
        update[key + ".linecolor"] = grid;
      }
    });
    return update;
  }

  function applyTheme(layout) {
    var themed = JSON.parse(JSON.stringify(layout));
    var update = themeLayout(layout);
    Object.keys(update).forEach(function (path) {
      var parts = path.replace(/\[(\d+)\]/g, ".$1").split(".");
      var target = themed;
      for (var i = 0; i < parts.length - 1; i++) {
        target[parts[i]] = target[parts[i]] || {};
        target = target[parts[i]];
      }
      target[parts[parts.length - 1]] = update[path];
    });
    return themed;
  }

  /* The index of the design for a column `width` px wide. */
  function sizeIndex(width, count) {
    var index = 0;
    SIZE_STEPS.forEach(function (step) { if (width >= step) index += 1; });
    return Math.min(index, count - 1);
  }

  /* The design (data and layout) for the plot's column, and the scale that fits it there. */
  function design(plot, figure) {
    var sizes = figure.sizes || [{ width: figure.layout.width, height: figure.layout.height }];
    var width = plot.getBoundingClientRect().width;
    var size = sizes[sizeIndex(width, sizes.length)];
    return {
      index: sizes.indexOf(size),
      data: size.data || figure.data,
      layout: size.layout || figure.layout,
      width: size.width,
      height: size.height,
      scale: width / size.width
    };
  }

  /* Scale the live chart to the column, and give the plot the scaled chart's height. */
  function fit(plot, live, chosen) {
    live.style.width = chosen.width + "px";
    live.style.height = chosen.height + "px";
    live.style.transform = "scale(" + chosen.scale + ")";
    plot.style.height = chosen.height * chosen.scale + "px";
  }

  function render(plot) {
    if (plot.dataset.state) return;
    plot.dataset.state = "loading";
    plot.classList.add("chart-plot--loading");
    var link = plot.closest("figure").querySelector("a.chart-csv");
    var url = link.href.replace(/\.csv$/, ".json");
    Promise.all([loadPlotly(), loadFigure(url)]).then(function (loaded) {
      var Plotly = loaded[0];
      var figure = loaded[1];
      if (!plot.isConnected) return;
      var chosen = design(plot, figure);
      var live = document.createElement("div");
      live.className = "chart-live";
      fit(plot, live, chosen);
      plot.appendChild(live);
      return Plotly.newPlot(live, chosen.data, applyTheme(chosen.layout), PLOT_CONFIG).then(function () {
        var still = plot.querySelector(".chart-still");
        if (still) still.remove();
        live.dataset.size = chosen.index;
        plot.dataset.state = "rendered";
        plot.classList.remove("chart-plot--loading");
        rendered.set(plot, { live: live, figure: figure, layout: chosen.layout });
        sizes.observe(plot);
      });
    }).catch(function (error) {
      plot.dataset.state = "failed";  /* the still stays: the chart is still there to read */
      plot.classList.remove("chart-plot--loading");
      console.warn(error);
    });
  }

  /* The column changed width: rescale, and switch designs where the still would. */
  function refit(plot) {
    var entry = rendered.get(plot);
    var chosen = design(plot, entry.figure);
    fit(plot, entry.live, chosen);
    if (String(chosen.index) !== entry.live.dataset.size) {
      entry.live.dataset.size = chosen.index;
      entry.layout = chosen.layout;
      window.Plotly.react(entry.live, chosen.data, applyTheme(chosen.layout), PLOT_CONFIG);
    }
  }

  function watchTheme() {
    if (watchedBody === document.body) return;
    if (themeWatcher) themeWatcher.disconnect();
    watchedBody = document.body;
    themeWatcher = new MutationObserver(function () {
      rendered.forEach(function (entry, plot) {
        if (plot.isConnected) window.Plotly.relayout(entry.live, themeLayout(entry.layout));
      });
    });
    themeWatcher.observe(document.body, {
      attributes: true,
      attributeFilter: ["data-md-color-scheme"]
    });
  }

  /* Run on every page view: release the last page's charts, watch this page's. */
  function setup() {
    rendered.forEach(function (entry, plot) {
      if (!plot.isConnected) {
        if (window.Plotly) window.Plotly.purge(entry.live);
        rendered.delete(plot);
      }
    });
    if (sizes) sizes.disconnect();
    watchTheme();
    var plots = document.querySelectorAll(".chart-plot[data-chart]");
    if (!plots.length) return;
    sizes = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        if (rendered.has(entry.target) && entry.contentRect.width > 0) refit(entry.target);
      });
    });
    plots.forEach(function (plot) {
      INTENT_EVENTS.forEach(function (type) {
        plot.addEventListener(type, onIntent, { passive: true });
      });
    });
  }

  /* The reader reaches for a chart: make it interactive, and stop listening. */
  function onIntent(event) {
    var plot = event.currentTarget;
    INTENT_EVENTS.forEach(function (type) {
      plot.removeEventListener(type, onIntent, { passive: true });
    });
    render(plot);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
