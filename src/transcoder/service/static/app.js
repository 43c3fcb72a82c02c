// The page: source and translation side by side, calls to the JSON API, the verdict and failing
// inputs of a verified translation, and errors marked at their line and column in the source.
"use strict";

const $ = (id) => document.getElementById(id);
const TAB_SIZE = 4;
const EXAMPLES = {
  cpp: "// Count the pairs of elements whose sum is k.\nint count_pairs(int arr[], int n, int k) {\n    int count = 0;\n    for (int i = 0; i < n; i++)\n        for (int j = i + 1; j < n; j++)\n            if (arr[i] + arr[j] == k)\n                count++;\n    return count;\n}\n",
  java: "static int gcd(int a, int b) {\n    while (b != 0) {\n        int t = a % b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n",
  python: "def digit_sum(n: int) -> int:\n    total = 0\n    while n > 0:\n        total += n % 10\n        n //= 10\n    return total\n",
};

const state = { lastResult: null };

function gutterFor(text) {
  const count = text.split("\n").length;
  return Array.from({ length: count }, (_, i) => `<span data-line="${i + 1}">${i + 1}</span>`).join("\n");
}

function renderSource() {
  const code = $("source-code").value;
  const language = $("source-language").value;
  // A trailing newline needs one more line in the <pre> to keep the overlay aligned.
  $("source-highlight").innerHTML = Highlight.toHtml(code, language) + "\n ";
  $("source-gutter").innerHTML = gutterFor(code);
  syncScroll();
}

function syncScroll() {
  const editor = $("source-code");
  $("source-highlight").scrollTop = editor.scrollTop;
  $("source-highlight").scrollLeft = editor.scrollLeft;
  $("source-gutter").scrollTop = editor.scrollTop;
  placeMarker();
}

function renderTranslation(code) {
  $("translation").innerHTML = code ? Highlight.toHtml(code, $("target-language").value) : "";
  $("translation-gutter").innerHTML = code ? gutterFor(code.replace(/\n$/, "")) : "";
  $("copy").disabled = !code;
}

// -- errors at a line and column ----------------------------------------------------------------------
let marked = null; // {line, column}

function visualColumn(lineText, column) {
  let visual = 0;
  for (const ch of lineText.slice(0, column - 1)) visual = ch === "\t" ? (Math.floor(visual / TAB_SIZE) + 1) * TAB_SIZE : visual + 1;
  return visual;
}

function placeMarker() {
  const marker = $("error-marker");
  if (!marked) {
    marker.hidden = true;
    return;
  }
  const editor = $("source-code");
  const style = getComputedStyle(editor);
  const lineHeight = parseFloat(style.lineHeight);
  const padding = parseFloat(style.paddingLeft);
  const lineText = editor.value.split("\n")[marked.line - 1] || "";
  const probe = document.createElement("span");
  probe.style.font = style.font;
  probe.textContent = "0".repeat(100);
  document.body.appendChild(probe);
  const charWidth = probe.getBoundingClientRect().width / 100;
  probe.remove();
  marker.style.left = `${padding + visualColumn(lineText, marked.column) * charWidth - editor.scrollLeft}px`;
  marker.style.top = `${padding + marked.line * lineHeight - 3 - editor.scrollTop}px`;
  marker.hidden = false;
}

function markError(line, column) {
  clearMark();
  if (!line) return;
  marked = { line, column: column || 1 };
  renderSource();
  for (const node of document.querySelectorAll(`#source-highlight .line[data-line="${line}"], #source-gutter [data-line="${line}"]`)) {
    node.classList.add("error-line");
  }
  const editor = $("source-code");
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight);
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
  syncScroll();
}

function clearMark() {
  marked = null;
  for (const node of document.querySelectorAll(".error-line")) node.classList.remove("error-line");
  $("error-marker").hidden = true;
}

function showError(error) {
  const where = error.line ? `line ${error.line}, column ${error.column}: ` : error.field ? `${error.field}: ` : "";
  const box = $("error");
  box.textContent = `${error.type.replace(/_/g, " ")} at ${where}${error.message}`.replace(" at : ", ": ");
  if (!error.line && !error.field) box.textContent = `${error.type.replace(/_/g, " ")}: ${error.message}`;
  box.dataset.type = error.type;
  box.dataset.line = error.line || "";
  box.dataset.column = error.column || "";
  box.hidden = false;
  if (error.line && error.type !== "invalid_json") markError(error.line, error.column);
}

// -- results ------------------------------------------------------------------------------------------
function resetOutcome() {
  for (const id of ["error", "verdict", "warnings", "failures"]) $(id).hidden = true;
  $("warnings").innerHTML = "";
  $("failures").querySelector("tbody").innerHTML = "";
  clearMark();
  renderSource();
}

function showWarnings(candidate) {
  if (!candidate.warnings.length) return;
  const list = $("warnings");
  for (const warning of candidate.warnings) {
    const item = document.createElement("li");
    item.textContent = `warning: ${warning}`;
    list.appendChild(item);
  }
  list.hidden = false;
}

function showVerification(verification) {
  const verdict = $("verdict");
  const chosen = verification.chosen;
  const check = chosen !== null ? verification.checks[chosen] : verification.checks.reduce((a, b) => (b.passed > a.passed ? b : a), verification.checks[0]);
  const dropped = verification.dropped_inputs ? ` (${verification.dropped_inputs} inputs dropped: the source fails on them)` : "";
  if (!check) {
    verdict.className = "unverified";
    verdict.textContent = "not verified: no candidate to check";
  } else if (chosen !== null) {
    verdict.className = "passed";
    verdict.textContent = `verified: passes ${check.passed}/${check.total} generated tests of ${verification.functions.join(", ")}${dropped}`;
  } else {
    verdict.className = "unverified";
    const first = check.first_failure ? ` - first failure: ${check.first_failure}` : "";
    verdict.textContent = `UNVERIFIED: ${check.status}, passes ${check.passed}/${check.total} generated tests${first}`;
  }
  verdict.dataset.status = chosen !== null ? "passed" : check ? check.status : "none";
  verdict.hidden = false;
  const rows = $("failures").querySelector("tbody");
  for (const failure of check ? check.failures : []) {
    const row = rows.insertRow();
    for (const value of [failure.call, failure.expected, failure.got === null ? "(no result: the run stopped)" : failure.got]) {
      row.insertCell().textContent = value;
    }
  }
  $("failures").hidden = rows.rows.length === 0;
  return chosen !== null ? chosen : check ? check.candidate : 0;
}

async function translate(event) {
  if (event) event.preventDefault();
  const verify = $("verify").checked;
  const body = {
    code: $("source-code").value,
    source: $("source-language").value,
    target: $("target-language").value,
    engine: $("engine").value,
  };
  if (verify) body.tests = Number($("tests").value) || 20;
  resetOutcome();
  $("translate").disabled = true;
  $("busy").hidden = false;
  document.body.dataset.state = "busy";
  try {
    const response = await fetch(verify ? "/api/translate/verified" : "/api/translate", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) {
      renderTranslation("");
      showError(data.error || { type: "error", message: `HTTP ${response.status}` });
      return;
    }
    state.lastResult = data;
    let index = 0;
    if (data.verification) index = showVerification(data.verification);
    else {
      $("verdict").className = "plain";
      $("verdict").textContent = `translated in ${data.seconds.toFixed(2)} s (not verified: tick "verify" to run generated tests)`;
      $("verdict").dataset.status = "unverified-request";
      $("verdict").hidden = false;
    }
    const candidate = data.candidates[index];
    renderTranslation(candidate.code);
    showWarnings(candidate);
  } catch (error) {
    showError({ type: "network_error", message: String(error) });
  } finally {
    $("translate").disabled = false;
    $("busy").hidden = true;
    document.body.dataset.state = "done";
  }
}

// -- set-up -------------------------------------------------------------------------------------------
function option(select, value, label) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = label || value;
  select.appendChild(element);
}

async function setUp() {
  const response = await fetch("/api/languages");
  const data = await response.json();
  for (const id of ["source-language", "target-language"]) {
    for (const language of data.languages) option($(id), language.name);
  }
  for (const engine of data.engines) option($("engine"), engine.name, engine.name);
  $("engine").value = data.default_engine;
  $("source-language").value = "cpp";
  $("target-language").value = "python";
  $("source-code").value = EXAMPLES.cpp;
  renderSource();

  $("controls").addEventListener("submit", translate);
  $("source-code").addEventListener("input", () => {
    clearMark();
    renderSource();
  });
  $("source-code").addEventListener("scroll", syncScroll);
  $("source-code").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) translate(event);
    if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      document.execCommand("insertText", false, "    ");
    }
  });
  $("source-language").addEventListener("change", () => {
    const current = $("source-code").value;
    if (Object.values(EXAMPLES).includes(current)) $("source-code").value = EXAMPLES[$("source-language").value] || "";
    renderSource();
  });
  $("target-language").addEventListener("change", () => {
    if (state.lastResult) renderTranslation($("translation").textContent);
  });
  $("swap").addEventListener("click", () => {
    const source = $("source-language").value;
    $("source-language").value = $("target-language").value;
    $("target-language").value = source;
    const translation = $("translation").textContent;
    if (translation) $("source-code").value = translation;
    renderTranslation("");
    resetOutcome();
  });
  $("copy").addEventListener("click", () => navigator.clipboard.writeText($("translation").textContent));
  document.body.dataset.state = "ready";
}

setUp().catch((error) => showError({ type: "network_error", message: `cannot load the language list: ${error}` }));
