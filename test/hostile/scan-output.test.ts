// The scanner the hostile build is checked with must find what a browser would run, or that
// test proves nothing.

import { describe, expect, test } from "vitest";
import { policyProblems, scanHtml, scanJson, scanXml } from "../helpers/scan-output.js";

const ownScript = (src: string) => src.startsWith("/assets/");

describe("the output scanner", () => {
  test.each([
    { input: "<script>alert(1)</script>", expected: ["<script> element"] },
    { input: '<script src="/assets/site.js">alert(1)</script>', expected: ["<script> element"] },
    { input: '<script src="https://evil.example/x.js"></script>', expected: ["<script> element", '<script src="https://evil.example/x.js"> is not one of the site\'s own scripts'] },
    { input: "<img/onerror=\"alert(1)\"src=x>", expected: ['<img> has an event handler onerror="alert(1)"'] },
    { input: '<a href=" java&#9;script:alert(1)">x</a>', expected: ['<a href=" java\tscript:alert(1)"> uses a script-capable URL'] },
    { input: '<img srcset="a.png 1x, data:image/png;base64,x 2x">', expected: ['<img srcset="a.png 1x, data:image/png;base64,x 2x"> uses a script-capable URL'] },
    { input: '<p style="color:red">x</p>', expected: ['<p> has a style attribute "color:red"'] },
    { input: "<svg><animate attributeName=href to=javascript:alert(1) /></svg>", expected: ["<animate> element"] },
    { input: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', expected: ['<meta http-equiv="refresh">'] },
    { input: "<iframe></iframe><object></object><embed><style></style><base href=/>", expected: ["<iframe> element", "<object> element", "<embed> element", "<style> element", "<base> element"] },
  ])("flags $input", ({ input, expected }) => {
    expect(scanHtml(input, ownScript, true)).toEqual(expected);
  });

  test("passes escaped markup, text that only mentions scripts, and the site's own script file", () => {
    const clean = '<p>&lt;script&gt;alert(1)&lt;/script&gt; onclick=x javascript:alert(1)</p><a href="https://example.com/?q=javascript:">x</a><script src="/assets/site.js"></script>';
    expect(scanHtml(clean, ownScript, true)).toEqual([]);
  });

  test("decodes the HTML a feed carries as text, once, and leaves plain-text elements as text", () => {
    const atom =
      '<feed><entry><title>&lt;script&gt;</title><summary type="html">&amp;lt;b&amp;gt;</summary><content type="html">&lt;img src=x onerror=alert(1)&gt;</content></entry></feed>';
    expect(scanXml(atom, ownScript)).toEqual(['in <content>: <img> has an event handler onerror="alert(1)"']);
    expect(scanXml("<rss><item><description>&lt;script&gt;x&lt;/script&gt;</description></item></rss>", ownScript)).toEqual(["in <description>: <script> element"]);
  });

  test("refuses raw markup and non-web URLs in JSON", () => {
    expect(scanJson('{"title":"<b>","url":"javascript:alert(1)","text":"javascript:"}')).toEqual([
      "raw < in JSON (markup must be escaped as \\u003c)",
      '"url": "javascript:alert(1)" is not a web or site link',
    ]);
  });

  test("refuses a missing or loose Content-Security-Policy", () => {
    expect(policyProblems(null)).toEqual(["no Content-Security-Policy"]);
    expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline'")).toEqual(["Content-Security-Policy script-src allows 'self' 'unsafe-inline'"]);
    expect(policyProblems("default-src 'self'; object-src 'none'")).toEqual([]);
  });
});
