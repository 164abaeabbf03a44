// The chat page: it draws only what the API returns. What you type goes to the server and
// nowhere else: the box is cleared at once, your line shows as "Sending…" until the server
// sends back the form it kept (with anything sensitive removed), and nothing is stored in
// the browser (no localStorage, no cookies, no autofill).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const log = $("log");
  const input = $("message");
  const form = $("composer");
  const controls = ["message", "send", "summary", "why"].map($);
  const seen = new Set();
  let base = null;
  let source = null;
  let pending = null;
  let busy = false; // one message at a time: another Enter meanwhile leaves the text in the box
  let team = "";

  function line(kind, who, text) {
    const item = document.createElement("div");
    item.className = `msg ${kind}`;
    const label = document.createElement("span");
    label.className = "who";
    label.textContent = `${who}:`;
    const body = document.createElement("p");
    body.textContent = text;
    item.append(label, body);
    log.append(item);
    return item;
  }

  function userLine(n, text) {
    const shown = log.querySelector(`.msg.user[data-n="${n}"]`);
    const item = shown || pending || line("user", "You", "");
    item.dataset.n = String(n);
    item.classList.remove("pending");
    item.querySelector("p").textContent = text;
    if (item === pending) pending = null;
  }

  function queue(event) {
    if (event.team) team = event.team;
    const wait = event.wait ? ` (${event.wait} to go)` : "";
    const where = event.position ? `You're number ${event.position} in line${team ? ` for the ${team} team` : ""}${wait}.` : "";
    const text = event.text || where;
    $("queue").textContent = text;
    $("queue").hidden = !text;
  }

  function typing(text) {
    $("typing").textContent = text || "";
    $("typing").hidden = !text;
  }

  function notice(text) {
    $("notice").textContent = text;
    $("notice").hidden = false;
  }

  function show(event) {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    switch (event.kind) {
      case "user":
        userLine(event.n, event.text);
        break;
      case "assistant":
        line("assistant", "Assistant", event.text);
        break;
      case "refused":
        notice(`Removed from your message for your safety, and not kept: ${event.what.join(", ")}.`);
        break;
      case "handoff":
        line("system", "Chat", `Handing you to the ${event.team} team, case ${event.case}.`);
        queue(event);
        break;
      case "state":
        $("prompt").hidden = !event.prompt;
        if (!event.live || event.live.phase !== "queued") $("queue").hidden = true;
        break;
      case "note":
        line("note", event.command || "Note", event.text);
        break;
      case "queue_position":
        queue(event);
        break;
      case "agent_typing":
        typing(`${event.who || "The agent"} is typing…`);
        break;
      case "agent_joined":
        $("queue").hidden = true;
        typing("");
        line("system", "Chat", event.text || `${event.who || "An agent"} joined the chat.`);
        break;
      default:
        if (event.text) {
          typing("");
          line(event.speaker === "agent" ? "agent" : "system", event.speaker === "agent" ? `Agent ${event.who || ""}`.trim() : "Chat", event.text);
        }
    }
    log.scrollTop = log.scrollHeight;
  }

  function problem(text) {
    $("error").textContent = text;
    $("error").hidden = !text;
  }

  async function call(method, path, body) {
    const options = { method, headers: {}, credentials: "same-origin", cache: "no-store" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    const data = response.status === 204 ? {} : await response.json();
    if (!response.ok) {
      const error = new Error(data.error ? data.error.message : `the server answered ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function ended(text) {
    controls.forEach((control) => { control.disabled = true; });
    $("prompt").hidden = true;
    if (source) source.close();
    problem(text);
  }

  async function act(method, path, body) {
    problem("");
    typing("Assistant is typing…");
    try {
      const data = await call(method, `${base}/${path}`, body);
      (data.events || []).forEach(show);
      return data;
    } catch (error) {
      if (error.status === 404) ended("This conversation has ended or expired. Reload the page to start a new one.");
      else problem(`Not sent: ${error.message}.`);
      throw error;
    } finally {
      typing("");
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let text = input.value;
    if (!text.trim() || busy) return;
    busy = true;
    input.value = "";
    $("notice").hidden = true;
    pending = line("user pending", "You", "Sending…");
    log.scrollTop = log.scrollHeight;
    try {
      await act("POST", "messages", { text });
    } catch (error) {
      if (error.status !== 404) input.value = text; // not taken: give it back to edit
    } finally {
      text = "";
      if (pending) pending.remove();
      pending = null;
      busy = false;
      input.focus();
    }
  });

  function button(id, run) {
    $(id).addEventListener("click", () => { run().catch(() => {}); });
  }

  button("approve", async () => { await act("POST", "approve", {}); input.focus(); });
  button("deny", async () => { await act("POST", "deny", {}); input.focus(); });
  button("summary", () => act("POST", "summary", {}));
  button("why", async () => {
    try {
      const data = await call("GET", `${base}/why`);
      line("note", "Why", data.lines.join("\n"));
      log.scrollTop = log.scrollHeight;
    } catch (error) {
      problem(`Could not explain: ${error.message}.`);
    }
  });

  async function start() {
    try {
      const data = await call("POST", "/api/conversations");
      base = `/api/conversations/${data.id}`;
      data.events.forEach(show);
      $("save").href = `${base}/transcript.yaml`;
      $("save").hidden = false;
      controls.forEach((control) => { control.disabled = false; });
      const after = Math.max(0, ...data.events.map((event) => event.id));
      source = new EventSource(`${base}/events?after=${after}`);
      source.onmessage = (message) => show(JSON.parse(message.data));
      source.addEventListener("end", () => ended("The chat has ended."));
      input.focus();
    } catch (error) {
      problem(`Could not start a chat: ${error.message}.`);
    }
  }

  start();
})();
