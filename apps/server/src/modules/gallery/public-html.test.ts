import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageMaterialIds, publicPageHtml } from './public-html.ts';

const shown = '7d3c1e52-3b0e-4a52-9f1e-0c6b2a4f9a11';
const hidden = '0f4b2c8e-93a1-4d6e-8b7a-5e2d1c3f4a22';
const image = (id: string) => `<img src="/api/materials/${id}/file?inline=1" alt="A river">`;

describe('the HTML of a public page', () => {
  it('finds the materials its images show, and only well-formed material paths', () => {
    const html = `<p>Text</p>${image(shown)}${image(hidden)}${image(shown)}<img src="/api/materials/------------------------------------/file?inline=1"><img src="https://tracker.example/pixel.png">`;
    assert.deepEqual(imageMaterialIds(html), [shown, hidden]);
  });

  it('keeps the images of the given materials and the text; takes out every other image', () => {
    const html = `<h2>Title</h2><p>Before <strong>bold</strong> <a href="https://example.org">link</a></p>${image(shown)}${image(hidden)}<img src="https://tracker.example/pixel.png"><table><tr><td colspan="2">cell</td></tr></table>`;
    assert.equal(
      publicPageHtml(html, new Set([shown])),
      `<h2>Title</h2><p>Before <strong>bold</strong> <a href="https://example.org" rel="noopener noreferrer nofollow">link</a></p><img src="/api/materials/${shown}/file?inline=1" alt="A river" /><table><tr><td colspan="2">cell</td></tr></table>`,
    );
  });

  it('sanitises again whatever the stored HTML holds', () => {
    const html = `<p onclick="alert(1)">Hi<script>alert(2)</script></p><img src="/api/materials/${shown}/file?inline=1" onerror="alert(3)"><a href="javascript:alert(4)">x</a><iframe src="https://example.org"></iframe><h1>Big</h1>`;
    assert.equal(
      publicPageHtml(html, new Set([shown])),
      `<p>Hi</p><img src="/api/materials/${shown}/file?inline=1" /><a rel="noopener noreferrer nofollow">x</a>Big`,
    );
  });
});
