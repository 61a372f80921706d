/**
 * A PDF's blocks as a small HTML document (<h1>/<h2>/<h3>, <p>, <ul>, <table>) for the extractor's Cheerio view, so
 * a PDF is read by the same pipeline as a web page. Every piece of the PDF's text is escaped: it is text, never
 * markup. Pure.
 */
import type { PdfBlock } from './layout.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The document: `title` (the first heading, else the PDF's own title) in <title>, the blocks in <main>. */
export function blocksToHtml(blocks: readonly PdfBlock[], title?: string): string {
  const heading = blocks.find((b) => b.kind === 'heading')?.text;
  const body = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
      case 'paragraph':
        return `<p>${escape(block.text)}</p>`;
      case 'list':
        return `<ul>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
      case 'table':
        return `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
    }
  });
  const head = `<meta charset="utf-8">${heading ?? title ? `<title>${escape(heading ?? title ?? '')}</title>` : ''}`;
  return `<!doctype html><html><head>${head}</head><body><main>\n${body.join('\n')}\n</main></body></html>`;
}
