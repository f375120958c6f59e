// Afterimage web reader: small enhancements. Every page works without this file.
(() => {
  "use strict";
  const TOKEN_KEY = "afterimage:reader-token";

  const token = () => {
    try { return localStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
  };

  // Saves the reader's position to their profile when they are signed in with a reader token.
  // PUT /v1/readers/me/progress/{work} with {"at": "<position>"} (the API's reader-progress route).
  const syncProgress = (work, at) => {
    const t = token();
    if (!t || !work || !at) return;
    try {
      fetch(`/v1/readers/me/progress/${encodeURIComponent(work)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${t}` },
        body: JSON.stringify({ at }),
        keepalive: true,
        credentials: "omit",
      }).catch(() => {});
    } catch { /* offline or blocked: the browser still remembers */ }
  };

  // The progress control: the slider updates the exact box live and submits when it settles.
  for (const form of document.querySelectorAll("form[data-progress]")) {
    const slider = form.querySelector("input[type=range]");
    const exact = form.querySelector("input[name=at]");
    const was = form.querySelector("input[name=was]");
    const now = form.querySelector("[data-now]");
    if (!slider || !exact) continue;
    const stops = (slider.dataset.stops || "").split(" ");
    const max = Number(slider.max) || 1;
    const paint = () => slider.style.setProperty("--fill", `${(Number(slider.value) / max) * 100}%`);
    const nice = (label) => (label === "start" ? "At the start" : label === "end" ? "At the end" : label);
    paint();
    let timer = 0;
    slider.addEventListener("input", () => {
      const label = stops[Number(slider.value)] || "";
      exact.value = label;
      if (was) was.value = label;
      slider.setAttribute("aria-valuetext", label);
      if (now) now.textContent = nice(label);
      paint();
      clearTimeout(timer);
    });
    slider.addEventListener("change", () => {
      clearTimeout(timer);
      timer = setTimeout(() => form.requestSubmit(), 450);
    });
    form.addEventListener("submit", () => {
      clearTimeout(timer);
      form.classList.add("busy");
      syncProgress(form.dataset.work, exact.value.trim());
    });
  }

  // Links that set the position ("I'm past ~55m") also sync it.
  for (const a of document.querySelectorAll("a[href*='set=1']")) {
    a.addEventListener("click", () => {
      const url = new URL(a.href, location.href);
      const m = /^\/works\/([^/]+)/.exec(url.pathname);
      if (m) syncProgress(decodeURIComponent(m[1]), url.searchParams.get("at") || "");
    });
  }

  // Timeline chart: a tooltip on hover and keyboard focus.
  const tip = document.querySelector("[data-chart-tip]");
  const figure = tip && tip.closest("figure");
  if (tip && figure) {
    const show = (pt) => {
      const label = pt.getAttribute("aria-label") || "";
      const [summary, ...meta] = label.split(" — ");
      tip.textContent = "";
      const strong = document.createElement("strong");
      strong.textContent = summary;
      const small = document.createElement("span");
      small.className = "tip-meta";
      small.textContent = meta.join(" · ");
      tip.append(strong, small);
      tip.hidden = false;
      const mark = pt.querySelector(".mark") || pt;
      const r = mark.getBoundingClientRect();
      const f = figure.getBoundingClientRect();
      const width = tip.offsetWidth;
      let left = r.left - f.left + r.width / 2 - width / 2;
      left = Math.max(0, Math.min(left, f.width - width));
      let top = r.top - f.top - tip.offsetHeight - 10;
      if (top < 0) top = r.bottom - f.top + 10;
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
      for (const other of figure.querySelectorAll(".pt.active")) other.classList.remove("active");
      pt.classList.add("active");
    };
    const hide = () => {
      tip.hidden = true;
      for (const other of figure.querySelectorAll(".pt.active")) other.classList.remove("active");
    };
    for (const pt of figure.querySelectorAll(".pt")) {
      pt.addEventListener("mouseenter", () => show(pt));
      pt.addEventListener("focus", () => show(pt));
      pt.addEventListener("mouseleave", hide);
      pt.addEventListener("blur", hide);
    }
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
  }

  // Check a text: a revealed span becomes readable to screen readers too.
  for (const box of document.querySelectorAll("input[data-flag]")) {
    box.addEventListener("change", () => {
      const text = box.parentElement && box.parentElement.querySelector("[data-hidden-text]");
      if (text) text.setAttribute("aria-hidden", box.checked ? "false" : "true");
    });
  }

  // Check a text: copy buttons for the redacted versions.
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy || "");
      if (!source) return;
      const status = button.parentElement && button.parentElement.querySelector("[data-copied]");
      try {
        await navigator.clipboard.writeText(source.value);
      } catch {
        source.select();
        document.execCommand("copy");
      }
      if (status) {
        status.textContent = "Copied";
        setTimeout(() => { status.textContent = ""; }, 2000);
      }
    });
  }

  // Signed in: the reader's profile, GET /v1/readers/me -> {progress: [{work, at}]}.
  const profile = async () => {
    const t = token();
    if (!t) return [];
    try {
      const res = await fetch("/v1/readers/me", { headers: { Authorization: `Bearer ${t}` }, credentials: "omit" });
      if (!res.ok) return [];
      const body = await res.json();
      return Array.isArray(body.progress) ? body.progress.filter((p) => p && typeof p.work === "string" && typeof p.at === "string") : [];
    } catch { return []; }
  };
  const workLink = (work, at) => `/works/${encodeURIComponent(work)}?at=${encodeURIComponent(at)}&set=1`;

  // Library: continue where the profile says (it follows the reader across devices).
  const cards = document.querySelectorAll(".work-item[data-work]");
  if (cards.length && token()) {
    profile().then((progress) => {
      for (const p of progress) {
        const card = document.querySelector(`.work-item[data-work="${CSS.escape(p.work)}"]`);
        const slot = card && card.querySelector("[data-continue]");
        if (!slot) continue;
        const a = document.createElement("a");
        a.className = "button";
        a.href = workLink(p.work, p.at);
        a.textContent = p.at === "start" ? "Continue from the start" : `Continue at ${p.at}`;
        slot.replaceChildren(a);
      }
    });
  }

  // Reader token: kept in this browser only.
  const tokenForm = document.querySelector("[data-token-form]");
  if (tokenForm) {
    tokenForm.hidden = false;
    const input = tokenForm.querySelector("input[name=token]");
    const status = tokenForm.querySelector("[data-token-status]");
    const say = (text) => { if (status) status.textContent = text; };
    const titles = new Map(Array.from(document.querySelectorAll("[data-work-titles] li")).map((li) => [li.dataset.id, li.textContent]));
    const showProfile = () => profile().then((progress) => {
      const box = document.querySelector("[data-profile]");
      const list = document.querySelector("[data-profile-list]");
      if (!box || !list) return;
      list.replaceChildren(...progress.map((p) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = workLink(p.work, p.at);
        a.textContent = titles.get(p.work) || p.work;
        const at = document.createElement("span");
        at.className = "muted";
        at.textContent = ` at ${p.at}`;
        li.append(a, at);
        return li;
      }));
      box.hidden = progress.length === 0;
    });
    say(token() ? "Signed in: positions you set are saved to your profile." : "Not signed in.");
    showProfile();
    tokenForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const value = (input && input.value.trim()) || "";
      try {
        if (value) localStorage.setItem(TOKEN_KEY, value);
        if (input) input.value = "";
        say(value ? "Saved. Positions you set are now saved to your profile." : "Paste a token first.");
        showProfile();
      } catch { say("This browser does not allow saving the token."); }
    });
    const create = tokenForm.querySelector("[data-token-create]");
    if (create) create.addEventListener("click", async () => {
      try {
        const res = await fetch("/v1/readers", { method: "POST", credentials: "omit" });
        const body = res.ok ? await res.json() : undefined;
        if (!body || typeof body.token !== "string") throw new Error("no token");
        localStorage.setItem(TOKEN_KEY, body.token);
        const shown = tokenForm.querySelector("[data-token-new]");
        const value = tokenForm.querySelector("[data-token-value]");
        if (value) value.textContent = body.token;
        if (shown) shown.hidden = false;
        say("Profile created and signed in: positions you set are saved to it.");
        showProfile();
      } catch { say("Could not create a profile right now."); }
    });
    const clear = tokenForm.querySelector("[data-token-clear]");
    if (clear) clear.addEventListener("click", () => {
      try { localStorage.removeItem(TOKEN_KEY); } catch { /* nothing stored */ }
      say("Signed out on this browser.");
      const box = document.querySelector("[data-profile]");
      if (box) box.hidden = true;
    });
  }
})();
