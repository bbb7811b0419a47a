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
 */
(function () {
  "use strict";

  var PLOTLY_PATH = "assets/vendor/plotly-basic-4.1.1.min.js";
  var PLOT_CONFIG = { displayModeBar: false, responsive: false, scrollZoom: false };

  var configElement = document.getElementById("__config");
  var siteBase = new URL(
    (configElement ? JSON.parse(configElement.textContent).base : ".") + "/",
    location.href
  );

  var plotlyPromise = null;
  var figureCache = new Map();
  var rendered = new Set();
  var sizes = null;
  var INTENT_EVENTS = ["pointerenter", "pointerdown", "touchstart", "click"];
  var themeWatcher = null;
  var watchedBody = null;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!plotlyPromise) {
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
      var parts = path.split(".");
      var target = themed;
      for (var i = 0; i < parts.length - 1; i++) {
        target[parts[i]] = target[parts[i]] || {};
        target = target[parts[i]];
      }
      target[parts[parts.length - 1]] = update[path];
    });
    return themed;
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
      return Plotly.newPlot(plot, figure.data, applyTheme(figure.layout), PLOT_CONFIG).then(function () {
        var still = plot.querySelector(".chart-still");
        if (still) still.remove();
        plot.dataset.state = "rendered";
        plot.classList.remove("chart-plot--loading");
        rendered.add(plot);
        sizes.observe(plot);
      });
    }).catch(function (error) {
      plot.dataset.state = "failed";  /* the still stays: the chart is still there to read */
      plot.classList.remove("chart-plot--loading");
      console.warn(error);
    });
  }

  function watchTheme() {
    if (watchedBody === document.body) return;
    if (themeWatcher) themeWatcher.disconnect();
    watchedBody = document.body;
    themeWatcher = new MutationObserver(function () {
      rendered.forEach(function (plot) {
        if (plot.isConnected) window.Plotly.relayout(plot, themeLayout(plot.layout));
      });
    });
    themeWatcher.observe(document.body, {
      attributes: true,
      attributeFilter: ["data-md-color-scheme"]
    });
  }

  /* Run on every page view: release the last page's charts, watch this page's. */
  function setup() {
    rendered.forEach(function (plot) {
      if (!plot.isConnected) {
        if (window.Plotly) window.Plotly.purge(plot);
        rendered.delete(plot);
      }
    });
    if (sizes) sizes.disconnect();
    watchTheme();
    var plots = document.querySelectorAll(".chart-plot[data-chart]");
    if (!plots.length) return;
    sizes = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        if (rendered.has(entry.target) && entry.contentRect.width > 0) {
          window.Plotly.Plots.resize(entry.target);
        }
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
