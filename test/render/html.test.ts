import { describe, expect, it } from "vitest";
import { compactPage, encodeWide, escapeHtml, html, trusted } from "../../src/render/html.js";

describe("escaping what a note says", () => {
  it("turns markup characters into entities", () => {
    expect(html`<p title="${`"x" & 'y'`}">${"<script>"}</p>`.toString()).toBe('<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;script&gt;</p>');
  });

  it("leaves HTML marked as trusted as it is", () => {
    expect(html`<div>${trusted("<em>ok</em>")}</div>`.toString()).toBe("<div><em>ok</em></div>");
  });

  it("writes characters past Latin-1 as numeric references, an emoji as one", () => {
    expect(escapeHtml("we don’t → café 😀")).toBe("we don&#8217;t &#8594; café &#128512;");
    expect(encodeWide("<p>“Café” 😀</p>")).toBe("<p>&#8220;Café&#8221; &#128512;</p>");
  });

  it("shows half an emoji, as a description clipped in the middle of one leaves it, as the replacement character", () => {
    expect(escapeHtml("clipped \ud83d")).toBe("clipped &#65533;");
    expect(escapeHtml("café \ud83d → x")).toBe("café &#65533; &#8594; x");
    expect(encodeWide("<p>\ud83d</p>")).toBe("<p>&#65533;</p>");
  });
});

describe("a finished page", () => {
  it("keeps its text when made one flat string", () => {
    const page = `<!DOCTYPE html>\n${html`<p>${"café"} ${"don’t"}</p>`}`;
    expect(compactPage(page)).toBe("<!DOCTYPE html>\n<p>café don&#8217;t</p>");
  });

  it("is left alone when it still holds a character past Latin-1", () => {
    expect(compactPage("<p>→</p>")).toBe("<p>→</p>");
  });
});
