import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv, parseSpoilerCsv } from "./csv.ts";

test("quoted fields, doubled quotes, commas and newlines inside quotes, CRLF", () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""hi"""\r\n"multi\nline",x,\n'), [
    ["a", "b, c", 'say "hi"'],
    ["multi\nline", "x", ""],
  ]);
  assert.deepEqual(parseCsv("last,row"), [["last", "row"]]);
});

test("spoiler rows keep sentence, label and page; verb and trope are dropped", () => {
  const rows = parseSpoilerCsv('sentence,spoiler,verb,page,trope\n"She dies, sadly.",True,True,MadeUpShow,SomeTrope\nIt is funny.,False,True,MadeUpShow,OtherTrope\n');
  assert.deepEqual(rows, [
    { sentence: "She dies, sadly.", spoiler: true, page: "MadeUpShow" },
    { sentence: "It is funny.", spoiler: false, page: "MadeUpShow" },
  ]);
  assert.ok(!("trope" in rows[0]!) && !("verb" in rows[0]!));
});

test("a file without the expected columns is refused", () => {
  assert.throws(() => parseSpoilerCsv("text,label\nhello,s\n"), /no "sentence" column/);
});
