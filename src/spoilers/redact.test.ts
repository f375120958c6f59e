import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { CheckResult } from "./check.ts";
import { blocksOf, redact, type RedactFormat } from "./redact.ts";

const result = (spans: [number, number][], at = "S07E05"): Pick<CheckResult, "spans" | "reveals"> => ({
  spans: spans.map(([start, end]) => ({ start, end, facts: ["f"], by: ["story"], score: 0.7 })),
  reveals: [{ fact: "f", at }],
});

test("each format wraps the span in its markup", () => {
  const text = "Great episode. Oskar drowns! Wow.";
  const r = result([[15, 28]]);
  assert.equal(redact(text, r, { format: "discord" }), "Great episode. ||Oskar drowns!|| Wow.");
  assert.equal(redact(text, r, { format: "reddit" }), "Great episode. >!Oskar drowns\\!!< Wow.");
  assert.equal(redact(text, r, { format: "html" }), 'Great episode. <span class="spoiler" data-reveals="S07E05">Oskar drowns!</span> Wow.');
  assert.equal(redact(text, r, { format: "markdown" }), redact(text, r, { format: "html" }));
  assert.equal(redact(text, r, { format: "plain" }), "Great episode. [spoiler: something from S07E05] Wow.");
});

test("markup characters cannot open or close a spoiler early", () => {
  const text = "a || b <i>&</i> c `code` d";
  const r = result([[5, 26]]);
  assert.equal(redact(text, r, { format: "discord" }), "a \\|\\| ||b <i>&</i> c \\`code\\` d||");
  assert.equal(redact(text, r, { format: "html" }), 'a || <span class="spoiler" data-reveals="S07E05">b &lt;i&gt;&amp;&lt;/i&gt; c `code` d</span>');
  assert.equal(redact("x !< y", result([[0, 6]]), { format: "reddit" }), ">!x \\!\\< y!<");
});

test("Reddit spoilers are wrapped line by line; blank lines stay outside", () => {
  assert.equal(redact("one\n\ntwo three", result([[0, 13]]), { format: "reddit" }), ">!one!<\n\n>!two thre!<e");
});

test("adjacent spans merge; a span with facts from two positions names both", () => {
  const r: Pick<CheckResult, "spans" | "reveals"> = {
    spans: [
      { start: 0, end: 5, facts: ["a"], by: ["story"], score: 0.6 },
      { start: 6, end: 11, facts: ["b"], by: ["story"], score: 0.6 },
    ],
    reveals: [{ fact: "a", at: "S07E05" }, { fact: "b", at: "S08E01" }],
  };
  assert.equal(redact("aaaaa bbbbb c", r, { format: "plain" }), "[spoiler: something from S07E05, S08E01] c");
  assert.equal(redact("aaaaa bbbbb c", r, { format: "html" }), '<span class="spoiler" data-reveals="S07E05 S08E01">aaaaa bbbbb</span> c');
});

test("a span never splits a character: edges widen to whole grapheme clusters", () => {
  const text = "x👨‍👩‍👧y";
  // a span starting inside the family emoji hides all of it
  assert.equal(redact(text, result([[3, 9]]), { format: "plain" }), "x[spoiler: something from S07E05]y");
});

test("spans outside the text are refused", () => {
  assert.throws(() => redact("abc", result([[1, 9]]), { format: "plain" }), /not inside the text/);
  assert.throws(() => redact("abc", result([[0, 1]]), { format: "bbcode" as RedactFormat }), /unknown redaction format/);
});

/** What a reader of the output sees and what is hidden, by a reference parser of each format's markup. */
function parse(format: RedactFormat, out: string): { visible: string; hidden: string[]; all: string } {
  let visible = "";
  let all = "";
  const hidden: string[] = [];
  let inside = false;
  const emit = (c: string) => {
    all += c;
    if (inside) hidden[hidden.length - 1] += c;
    else visible += c;
  };
  const open = () => {
    inside = true;
    hidden.push("");
  };
  if (format === "html" || format === "markdown") {
    const entities = new Map([["&amp;", "&"], ["&lt;", "<"], ["&gt;", ">"], ["&quot;", '"'], ["&#39;", "'"]]);
    for (const token of out.split(/(<span class="spoiler"[^>]*>|<\/span>|&amp;|&lt;|&gt;|&quot;|&#39;)/)) {
      if (token.startsWith("<span")) open();
      else if (token === "</span>") inside = false;
      else if (entities.has(token)) emit(entities.get(token)!);
      else {
        assert.ok(!/[<>&]/.test(token), `unescaped markup in ${JSON.stringify(token)}`);
        for (const c of token) emit(c);
      }
    }
    return { visible, hidden, all };
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c === "\\" && i + 1 < out.length) emit(out[++i]!);
    else if (format === "discord" && out.startsWith("||", i)) {
      if (inside) inside = false;
      else open();
      i++;
    } else if (format === "reddit" && !inside && out.startsWith(">!", i)) {
      open();
      i++;
    } else if (format === "reddit" && inside && out.startsWith("!<", i)) {
      inside = false;
      i++;
    } else {
      assert.ok(!(format === "reddit" && inside && /[\n\r\u2028\u2029]/.test(c)), "a Reddit spoiler crosses a line break");
      emit(c);
    }
  }
  assert.equal(inside, false, "a spoiler is left open");
  return { visible, hidden, all };
}

const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom("|", "\\", "`", "!", "<", ">", "&", '"', "'", "*", "_", "~", "\n", " ", "😀", "\u0301", "\uD800", "\uDC00", "a", "b"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

const withSpans = tricky.chain((text) =>
  fc.record({
    text: fc.constant(text),
    spans: fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]), { maxLength: 4 }),
  }),
);

for (const format of ["discord", "reddit", "html", "plain"] as const) {
  test(`${format}: no fragment of a flagged span is ever left outside the markup, for any input`, () => {
    fc.assert(
      fc.property(withSpans, ({ text, spans }) => {
        const r = result(spans);
        const out = redact(text, r, { format });
        const blocks = blocksOf(text, r);
        for (const [start, end] of spans) {
          if (end > start) assert.ok(blocks.some((b) => b.start <= start && end <= b.end), "a span is not inside a block");
        }
        let expectedVisible = "";
        let cursor = 0;
        for (const b of blocks) {
          expectedVisible += text.slice(cursor, b.start);
          cursor = b.end;
        }
        expectedVisible += text.slice(cursor);
        if (format === "plain") {
          const label = "[spoiler: something from S07E05]";
          const pieces = out.split(label);
          assert.equal(pieces.join(""), expectedVisible);
          assert.equal(pieces.length - 1, blocks.length);
          return;
        }
        const seen = parse(format, out);
        assert.equal(seen.all, text, "the markup lost or changed text");
        assert.equal(seen.visible.replace(/\s/g, ""), expectedVisible.replace(/\s/g, ""));
        const hiddenText = seen.hidden.join("").replace(/\s/g, "");
        assert.equal(hiddenText, blocks.map((b) => text.slice(b.start, b.end)).join("").replace(/\s/g, ""));
      }),
      { numRuns: 2000 },
    );
  });
}
