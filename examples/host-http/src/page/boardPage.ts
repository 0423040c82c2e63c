import type { AuditorAnswer } from '@mgmt-review/auditor';
import type { ActionRow, ReviewBoardRow } from '@mgmt-review/views';

/** What the page shows: one tenant's review board, action register and the auditor's answers. */
export interface BoardPageData {
  readonly tenantId: string;
  readonly today: string;
  readonly reviews: readonly unknown[];
  readonly actions: readonly unknown[];
  readonly answers: readonly AuditorAnswer[];
}

const textOf = (text: unknown): string => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const reviewRow = (r: ReviewBoardRow): string => `
      <tr data-review="${textOf(r.reviewId)}">
        <td><button type="button" class="open" data-review="${textOf(r.reviewId)}">${textOf(r.reviewId)}</button></td>
        <td>${textOf(r.status)}</td><td>${textOf(r.kind)}</td><td>${textOf(r.plannedDate)}</td>
        <td>${textOf(r.heldOn ?? '—')}</td><td>${r.decisions.length}</td><td>${textOf(r.minutes)}</td>
      </tr>`;

const actionRow = (a: ActionRow): string => `
      <tr class="${a.overdue ? 'overdue' : ''}" data-action="${textOf(a.actionId)}">
        <td>${textOf(a.title)}</td><td>${textOf(a.ownerId)}</td><td>${textOf(a.status)}</td>
        <td>${textOf(a.dueDate)}${a.overdue ? ' <span class="badge">overdue</span>' : ''}</td><td>${textOf(a.origin)}</td>
      </tr>`;

const answerItem = (a: AuditorAnswer): string => `
      <li class="answer verdict-${textOf(a.verdict)}" data-question="${textOf(a.questionId)}">
        <details${a.questionId === 'last-decisions' ? ' open' : ''}>
          <summary><span class="verdict">${textOf(a.verdict)}</span> ${textOf(a.number)}. ${textOf(a.question)}
            <span class="clause">(${textOf(a.clause)})</span>
            <span class="count">${a.evidence.length} ${a.evidence.length === 1 ? 'event' : 'events'}</span></summary>
          <p>${textOf(a.sentence)}</p>
          <ul class="evidence">${a.evidence
            .map(
              (e) =>
                `<li><code>${textOf(e.type)}</code> ${textOf(e.streamId)} v${e.streamVersion}, happened ${textOf(e.occurredAt)}, recorded ${textOf(e.recordedAt)} by ${textOf(e.actor.id)}</li>`,
            )
            .join('')}</ul>
        </details>
      </li>`;

/** Opens a review: its decisions and the actions they raised, read from `/tenants/…/reviews/:id`. */
const script = `
const esc = (t) => String(t ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const detail = document.getElementById('review-detail');
for (const button of document.querySelectorAll('button.open')) {
  button.addEventListener('click', async () => {
    const base = document.body.dataset.base;
    const response = await fetch(base + '/reviews/' + encodeURIComponent(button.dataset.review) + '?today=' + document.body.dataset.today);
    const { review, actions } = await response.json();
    detail.innerHTML = '<h3>Review ' + esc(review.reviewId) + ' — ' + esc(review.status) + '</h3>' +
      '<h4>Decisions (9.3.3)</h4><ul class="decisions">' +
      review.decisions.map((d) => '<li><strong>' + esc(d.kind) + '</strong>: ' + esc(d.description) + '</li>').join('') +
      '</ul><h4>Actions</h4><ul class="review-actions">' +
      actions.map((a) => '<li class="' + (a.overdue ? 'overdue' : '') + '">' + esc(a.title) + ' — ' + esc(a.status) +
        ', due ' + esc(a.dueDate) + (a.overdue ? ' <span class="badge">overdue</span>' : '') + '</li>').join('') + '</ul>';
    detail.hidden = false;
  });
}`;

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1d2430; max-width: 70rem; }
h1 { font-size: 1.4rem; margin: 0 0 .2rem; } h2 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
.sub { color: #5b6573; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e2e6ec; }
th { background: #f3f5f8; font-weight: 600; }
tr.overdue td, li.overdue { background: #fdecec; }
.badge { background: #c62828; color: #fff; border-radius: .6rem; padding: 0 .45rem; font-size: .75rem; }
button.open { font: inherit; color: #0b57d0; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
#review-detail { border: 1px solid #c9d3e0; border-radius: .4rem; padding: .4rem 1rem; margin-top: .8rem; background: #f8fafc; }
ul.answers { list-style: none; padding: 0; } li.answer { margin: .2rem 0; }
.verdict { display: inline-block; min-width: 8.5rem; font-weight: 600; }
.verdict-yes .verdict { color: #1b7a3a; } .verdict-no .verdict { color: #c62828; } .verdict-partial .verdict { color: #a15c00; }
.verdict-not-yet-applicable .verdict { color: #6b7380; }
.clause, .count { color: #6b7380; } .count { font-size: .8rem; margin-left: .4rem; } ul.evidence { color: #3c4654; font-size: .85rem; }
`;

/** The page: server-rendered HTML and a little script, no front-end build. */
export const boardPage = (data: BoardPageData): string => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Management review — ${textOf(data.tenantId)}</title><style>${style}</style></head>
<body data-base="/tenants/${textOf(data.tenantId)}" data-today="${textOf(data.today)}">
  <h1>Management review (ISO/IEC 27001:2022, 9.3)</h1>
  <p class="sub">Tenant ${textOf(data.tenantId)}, as of ${textOf(data.today)}</p>
  <h2>Review board</h2>
  <table id="reviews">
    <thead><tr><th>Review</th><th>Status</th><th>Kind</th><th>Planned</th><th>Held</th><th>Decisions</th><th>Minutes</th></tr></thead>
    <tbody>${(data.reviews as ReviewBoardRow[]).map(reviewRow).join('')}
    </tbody>
  </table>
  <section id="review-detail" hidden></section>
  <h2>Action register</h2>
  <table id="actions">
    <thead><tr><th>Action</th><th>Owner</th><th>Status</th><th>Due</th><th>Origin</th></tr></thead>
    <tbody>${(data.actions as ActionRow[]).map(actionRow).join('')}
    </tbody>
  </table>
  <h2>The auditor's answers</h2>
  <ul class="answers" id="answers">${data.answers.map(answerItem).join('')}
  </ul>
  <script type="module">${script}</script>
</body>
</html>
`;
