// Instant filtering of the index's list; the browse links work without it.
(function () {
  "use strict";
  var controls = document.getElementById("filter-controls");
  var all = document.querySelector(".all-events");
  if (!controls || !all) return;
  all.parentNode.insertBefore(controls.content.cloneNode(true), all);
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var count = document.querySelector(".filter-count");
  var events = all.querySelectorAll("li.event");

  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    events.forEach(function (li) {
      var haystack = li.textContent.toLowerCase();
      var ok = (!status.value || li.dataset.status === status.value) &&
        words.every(function (w) { return haystack.indexOf(w) !== -1; });
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    all.querySelectorAll("section.year").forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
    count.textContent = shown === events.length ? "" : "Showing " + shown + " of " + events.length + " events.";
  }

  text.addEventListener("input", apply);
  status.addEventListener("change", apply);
  text.form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
