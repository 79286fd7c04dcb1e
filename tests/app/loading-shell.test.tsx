import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderApp } from '../helpers/app';
import { ROOT } from '../helpers/bundled';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** The page as it arrives, before its script runs: index.html's content of #root. */
function shell(): HTMLElement {
  const html = readFileSync(resolve(ROOT, 'index.html'), 'utf8');
  const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // In the test's document, so that roles can be read from it.
  const copy = document.body.appendChild(document.importNode(root, true));
  copy.removeAttribute('id');
  return copy;
}

/** An element and what is inside it, as tag and class names in order (the text left out). */
function boxes(element: Element): string[] {
  return [element, ...element.querySelectorAll('*')].map((e) => `${e.localName}.${[...e.classList].join('.')}`);
}

describe('the page before its script has run', () => {
  it('shows the heading, the lede and the loading state that the app shows while the dataset loads', () => {
    // The dataset never arrives: the app stays in its loading state.
    mockFetch({ '/dataset.json': () => new Promise<Response>(() => {}) });
    const app = within(renderApp().container);
    const page = shell();

    const header = within(page).getByRole('banner');
    expect(header.textContent).toBe(app.getByRole('banner').textContent);
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toBe('NATO’s Indo-Pacific partners and Ukraine');
    const loading = within(page).getByRole('status');
    expect(loading).toHaveTextContent('Loading the dataset…');
    // The same boxes, so nothing moves when the app takes the page over.
    expect(boxes(header)).toEqual(boxes(app.getByRole('banner')));
    expect(boxes(loading)).toEqual(boxes(app.getByText('Loading the dataset…').closest('[role="status"]')!));
    expect(page.firstElementChild?.className).toBe(app.getByRole('banner').parentElement?.className);
  });

  it('is taken over by the app as it stands (hydrated), not drawn again, and the views follow', async () => {
    mockFetch();
    const page = shell();
    const heading = within(page).getByRole('heading', { level: 1 });
    const lede = page.querySelector('.app-header__lede');
    const errors: unknown[] = [];
    renderApp('', { restore: true, hydrate: { container: page, onRecoverableError: (error) => errors.push(error) } });
    expect(await within(page).findByRole('figure', { name: /^Aid/ })).toBeInTheDocument();
    // The very elements the page arrived with: no mismatch made React draw the page afresh.
    expect(errors).toEqual([]);
    expect(within(page).getByRole('heading', { level: 1 })).toBe(heading);
    expect(page.querySelector('.app-header__lede')).toBe(lede);
  });
});
