// Search with Pagefind's index (built into /pagefind/ by `make site`), no framework.
// Results are built with DOM methods: Pagefind's excerpts are read as text, keeping only <mark>.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) return;
  var form = root.querySelector("form");
  var input = root.querySelector("input[type=search]");
  var status = root.querySelector(".search-status");
  var list = root.querySelector(".search-results");
  var pagefind = null;
  var latest = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(root.dataset.bundle + "pagefind.js").then(function (module) {
        return module.options({ baseUrl: root.dataset.base }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function excerpt(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    var p = document.createElement("p");
    holder.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function show(results, query) {
    list.replaceChildren();
    results.forEach(function (data) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      if (data.meta && data.meta.type) {
        var type = document.createElement("span");
        type.className = "result-type";
        type.textContent = data.meta.type + ": ";
        heading.appendChild(type);
      }
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(excerpt(data.excerpt || ""));
      list.appendChild(item);
    });
    status.textContent = results.length
      ? results.length + " result" + (results.length === 1 ? "" : "s") + " for “" + query + "”."
      : "Nothing found for “" + query + "”. Try another spelling, or browse from the index.";
  }

  function run(query) {
    var ticket = ++latest;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = "Type a name, a place or a word.";
      return;
    }
    status.textContent = "Searching…";
    load()
      .then(function (pf) { return pf.search(query); })
      .then(function (search) {
        return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
      })
      .then(function (results) { if (ticket === latest) show(results, query); })
      .catch(function () {
        status.textContent = "The search index could not be loaded. Browse from the index instead.";
      });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  run(initial);
})();
