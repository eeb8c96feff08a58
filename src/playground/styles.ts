// The playground's styles: Outlook-like and plain, with light, dark and high-contrast variants.
// Colour is never the only signal (buttons have text, the dialog has a heading).
export const CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", system-ui, sans-serif; }
.app { --bg: #ffffff; --fg: #242424; --muted: #5c5c5c; --line: #c7c7c7; --accent: #0f6cbd; --accent-fg: #ffffff; --panel: #f5f5f5; --focus: #000000;
  background: var(--bg); color: var(--fg); min-height: 100vh; }
.app.theme-dark { --bg: #292929; --fg: #ffffff; --muted: #d1d1d1; --line: #6e6e6e; --accent: #479ef5; --accent-fg: #000000; --panel: #1f1f1f; --focus: #ffffff; }
.app.theme-high-contrast { --bg: #000000; --fg: #ffffff; --muted: #ffffff; --line: #ffffff; --accent: #ffff00; --accent-fg: #000000; --panel: #000000; --focus: #00ffff; }
h1 { font-size: 18px; margin: 0 0 8px; }
h2 { font-size: 16px; margin: 16px 0 8px; }
.toolbar { padding: 12px 16px; border-bottom: 1px solid var(--line); background: var(--panel); }
.switches { display: flex; flex-wrap: wrap; gap: 12px 20px; }
select, input, button, .body { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 4px 8px; }
button { cursor: pointer; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.tabs { display: flex; gap: 4px; padding: 8px 16px 0; }
.tabs [aria-selected="true"] { border-bottom: 3px solid var(--accent); font-weight: 600; }
.layout { display: flex; align-items: stretch; }
.main { flex: 1; padding: 8px 16px 24px; min-width: 0; }
.pane { width: 380px; border-left: 1px solid var(--line); }
.pane iframe { width: 100%; height: calc(100vh - 120px); border: 0; background: var(--bg); }
.actions { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.status { margin: 0 0 0 8px; color: var(--muted); }
.compose .row { display: grid; grid-template-columns: 72px 1fr; align-items: center; gap: 8px; margin: 6px 0; }
.compose input[type="text"], .compose select { width: 100%; }
.help { color: var(--muted); font-size: 12px; margin: 2px 0 8px; }
.body { min-height: 180px; padding: 8px; margin: 8px 0; white-space: pre-wrap; }
.attachments { border: 1px solid var(--line); border-radius: 4px; }
.attachments ul { list-style: none; padding: 0; margin: 0 0 8px; }
.attachments li { display: flex; gap: 8px; align-items: center; margin: 4px 0; }
.canned { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
.infobar { list-style: none; margin: 8px 0; padding: 8px; border: 1px solid var(--line); border-left: 4px solid var(--accent); background: var(--panel); }
.overlay { position: fixed; inset: 0; background: rgba(0,0,0,0.45); display: flex; align-items: center; justify-content: center; }
.dialog { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; max-width: 520px; box-shadow: 0 8px 24px rgba(0,0,0,0.3); }
.dialog h2 { margin-top: 0; }
.dialog .message p { margin: 0 0 6px; }
.dialog .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; }
.sent ol, .log ol { padding-left: 20px; }
.sent pre { background: var(--panel); padding: 8px; overflow: auto; }
.read .inbox { list-style: none; padding: 0; display: grid; gap: 4px; }
.read .inbox button { width: 100%; text-align: left; }
.read .inbox [aria-pressed="true"] { border-left: 4px solid var(--accent); }
.text-body { white-space: pre-wrap; font: inherit; }
/* Header lines (Authentication-Results, DKIM signatures) are long and unbroken: wrap them inside the view. */
.message-view { min-width: 0; overflow-wrap: anywhere; }
.message-view pre { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; max-width: 100%; }
`;
