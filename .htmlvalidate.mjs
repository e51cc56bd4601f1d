// html-validate's configuration for the built site (`npm test` validates every page with it).
// A JavaScript file rather than .htmlvalidate.json so that each relaxed rule can say why.

/** @type {import("html-validate").ConfigData} */
export default {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Heading ids come from the heading's words, as on GitHub, so "## 4.0.1" gets id="4-0-1".
    // HTML allows an id to start with a digit (it only may not hold a space); the strict form of
    // this rule asks for a leading letter, which would change every such heading's URL.
    "valid-id": ["error", { relaxed: true }],
  },
};
