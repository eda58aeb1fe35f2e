"""Every document rendered from the demo territory and read back."""

from __future__ import annotations

from desktop.documents.negotiation.brochure import render_brochure
from desktop.documents.negotiation.packet import render_packet_set
from desktop.documents.negotiation.target_list import render_target_list
from desktop.services.dealers import listing
from desktop.services.negotiation import dossier, meetings, classification as negotiation
from tests.documents.pdfcheck import page_texts, pdftotext, squash


def _internal_texts(d) -> list[str]:
    """Every internal or personal string of a dossier (long enough to be unmistakable)."""
    s = d.strategy
    values = [s.model_content, s.decision_analysis, s.common_interests]
    values += [b.note for b in s.bottom_lines] + [x.script for x in s.scripts] + [x.situation for x in s.scripts]
    values += [p.background for p in d.dealer.people] + [p.highlights for p in d.dealer.people]
    values += [p.hobbies for p in d.dealer.people] + [v.findings for v in d.dealer.visits]
    values += [d.assessment.note] if d.assessment else []
    values += [d.classification.reason] if d.classification else []
    return [squash(v) for v in values if v and len(squash(v)) >= 4]


def test_every_demo_packet_names_its_holder_on_every_page(demo_ctx, tmp_path):
    rows = [r for r in meetings.list_meetings(demo_ctx) if r.status in ("proposed", "confirmed")]
    assert rows, "the demo territory has upcoming meetings"
    copies = 0
    for row in rows:
        d = dossier.build(demo_ctx, row.dealer_id, row.id)
        if not d.our_team:
            continue
        paths = render_packet_set(d, "zh_CN", tmp_path / f"m{row.id}")
        assert len(paths) == len(d.our_team), f"meeting {row.id}: one copy per member"
        for path, member in zip(paths, d.our_team):
            texts = page_texts(path)
            for n, text in enumerate(texts, 1):
                assert f"仅供 {member.staff_name} 使用" in text, f"meeting {row.id}, {member.staff_name}: page {n}"
                assert f"第 {n} 页 / 共 {len(texts)} 页" in text, f"meeting {row.id}: page {n} numbered"
            copies += 1
        body = squash(pdftotext(paths[0]))
        assert squash(d.dealer.legal_name) in body, f"meeting {row.id}: the dealer is named"
        for line in d.strategy.bottom_lines:
            assert squash(line.note or "") in body, f"meeting {row.id}: bottom-line notes are in the packet"
    assert copies >= 3, f"several copies rendered, got {copies}"


def test_demo_brochures_carry_nothing_internal(demo_ctx, tmp_path):
    checked = 0
    for row in meetings.list_meetings(demo_ctx):
        d = dossier.build(demo_ctx, row.dealer_id, row.id)
        internal = _internal_texts(d)
        if not internal:
            continue
        out = render_brochure(d.dealer, "zh_CN", tmp_path / f"b{row.dealer_id}.pdf", model=d.cooperation_model)
        text = squash(pdftotext(out))
        assert squash(d.dealer.legal_name) in text, f"dealer {row.dealer_id}: the brochure is addressed to it"
        leaked = [v for v in internal if v in text]
        assert not leaked, f"dealer {row.dealer_id}: internal text in the brochure: {leaked[:3]}"
        checked += 1
    assert checked >= 3, f"brochures of dealers with a strategy were checked, got {checked}"


def test_demo_target_list(demo_ctx, tmp_path):
    targets = negotiation.ranked_targets(demo_ctx)
    assert targets, "the demo territory has classified targets"
    cities = {row.id: row.city for row in listing.list_rows(demo_ctx)}
    out = render_target_list(targets, "zh_CN", tmp_path / "t.pdf", cities=cities)
    body = squash(pdftotext(out))
    missing = [x.name for x in targets if squash(x.name) not in body]
    assert not missing, f"every ranked target is listed: {missing[:5]}"
    texts = page_texts(out)
    assert all("排名 车商" in t for t in texts), "the header repeats on every page"
