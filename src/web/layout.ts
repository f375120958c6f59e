import { assetUrl } from "./assets.ts";
import { html, type Html, type Renderable } from "./escape.ts";

export interface PageOptions {
  /** The document title (without the site name). */
  readonly title: string;
  /** Safe-at-this-position description for <meta name="description">. */
  readonly description?: string;
  readonly body: Renderable;
  /** A class on <body> for page-specific styling. */
  readonly page: string;
  /** A line in the footer saying what the page is limited to. */
  readonly safeNote?: Renderable;
  /** Pages that must never be indexed (user text, positions deep in a work). */
  readonly noindex?: boolean;
}

/** The page shell: landmarks, the skip link, one stylesheet and one deferred script, nothing external. */
export function layout(o: PageOptions): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
${o.noindex ? html`<meta name="robots" content="noindex">` : ""}
<title>${o.title} · Afterimage</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ""}
<link rel="icon" href="${assetUrl("icon.svg")}" type="image/svg+xml">
<link rel="stylesheet" href="${assetUrl("app.css")}">
<script src="${assetUrl("app.js")}" defer></script>
</head>
<body class="page-${o.page}">
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <div class="wrap site-inner">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>Afterimage</a>
    <nav aria-label="Site">
      <ul class="site-nav">
        <li><a href="/">Library</a></li>
        <li><a href="/reader">Your progress</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
${o.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    ${o.safeNote ? html`<p class="safe-note">${o.safeNote}</p>` : ""}
    <p>Afterimage shows a story only as far as you have seen it. Every fact is tied to the moment the story reveals it.</p>
  </div>
</footer>
</body>
</html>
`;
}
