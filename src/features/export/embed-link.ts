/** The views a page can embed, by the stem of their export files. */
export const EMBED_VIEW_OF_STEM: Readonly<Record<string, string>> = {
  'aid-by-country': 'aid',
  'aid-over-time': 'aid-over-time',
  'oil-releases': 'oil',
  'partnership-milestones': 'milestones',
};

/** The embed page of one view with the filters of a dashboard address (`embed.html?view=aid&…`). */
export function embedUrl(view: string, dashboard: string): string {
  const url = new URL(dashboard);
  url.pathname = url.pathname.replace(/[^/]*$/, 'embed.html');
  const params = new URLSearchParams(url.search);
  params.delete('view');
  url.search = `?${new URLSearchParams([['view', view], ...params]).toString().replace(/%2C/gi, ',')}`;
  url.hash = '';
  return url.href;
}

/** The full dashboard with the filters of an embed page's address. */
export function dashboardUrl(embed: string): string {
  const url = new URL(embed);
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  const params = new URLSearchParams(url.search);
  params.delete('view');
  const search = params.toString().replace(/%2C/gi, ',');
  url.search = search ? `?${search}` : '';
  return url.href;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An <iframe> snippet for a page: full width, a given height, a title for screen readers. */
export function embedSnippet(src: string, title: string, height: number): string {
  // The height is the figure's at the width it has here; the script beside the frame follows the
  // height the embedded page reports (EMBED_HEIGHT_MESSAGE), so a narrower column shows it whole.
  // A site that strips scripts keeps the frame at this height.
  const frame = `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" data-ip4-embed></iframe>`;
  const resize = `<script>addEventListener("message",function(e){if(!e.data||e.data.type!=="${EMBED_HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-ip4-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px"})})</script>`;
  return `${frame}\n${resize}`;
}

/** The message an embedded page posts to the page that frames it, with its content's height in px. */
export const EMBED_HEIGHT_MESSAGE = 'ip4-embed:height';
