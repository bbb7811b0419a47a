/* The explainer's one chart script.
 *
 * Every chart on a page is a <figure class="chart"> holding a .chart-plot element and a link to
 * its CSV; the figure's JSON sits next to the CSV. This script, run once per visit, renders charts
 * on first load and after each instant navigation (Material's document$), loads plotly.js only
 * when a chart is about to scroll into view, follows the light/dark toggle, and resizes charts
 * when their container changes size (window resize, a <details> opening, a tab becoming visible).
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
  var visibility = null;
  var sizes = null;
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
    var link = plot.closest("figure").querySelector("a.chart-csv");
    var url = link.href.replace(/\.csv$/, ".json");
    Promise.all([loadPlotly(), loadFigure(url)]).then(function (loaded) {
      var Plotly = loaded[0];
      var figure = loaded[1];
      if (!plot.isConnected) return;
      return Plotly.newPlot(plot, figure.data, applyTheme(figure.layout), PLOT_CONFIG).then(function () {
        plot.dataset.state = "rendered";
        plot.classList.add("chart-plot--rendered");
        rendered.add(plot);
        sizes.observe(plot);
      });
    }).catch(function (error) {
      plot.dataset.state = "failed";
      plot.classList.add("chart-plot--failed");
      plot.closest("figure").querySelector("details.chart-table").open = true;
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
    if (visibility) visibility.disconnect();
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
    visibility = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          visibility.unobserve(entry.target);
          render(entry.target);
        }
      });
    }, { rootMargin: "200px 0px" });
    plots.forEach(function (plot) {
      plot.classList.add("chart-plot--waiting");
      visibility.observe(plot);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
