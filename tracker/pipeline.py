"""The whole build, top to bottom: read and check everything, then write.

Only what decides that nothing changed is imported up front; the content model, the
templates, YAML and Markdown are loaded when there is something to build, so a rebuild
with nothing to do costs little more than Python's start.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.outputs.cache import (
    BuildCache,
    EntityDigests,
    Manifest,
    Metadata,
    Saved,
    SiteFolders,
    code_salt,
    stamp_of,
)
from tracker.outputs.write import (
    MARKER,
    FinishingStep,
    Output,
    Written,
    check_output_folder,
    fewer_young_collections,
    no_full_collections,
    spare_folder,
    write_site,
)
from tracker.settings import Settings

if TYPE_CHECKING:
    from jinja2 import BytecodeCache

    from tracker.content.model import Content
    from tracker.content.provenance import Provenance
    from tracker.outputs.pages import EventLayout
    from tracker.outputs.reach import Reach, Selection, Tokens
    from tracker.outputs.render import SiteFiles


def _citation_file(layout: EventLayout, event_id: str) -> bytes:
    citation = layout.citation(event_id)
    assert citation is not None  # the file is listed only where the entry's version is known
    return citation.csl_json().encode("utf-8")


def site_outputs(
    content: Content,
    settings: Settings,
    provenance: Provenance | None = None,
    digests: EntityDigests | None = None,
    wanted: Callable[[str], bool] | None = None,
    compiled: BytecodeCache | None = None,
) -> list[Output]:
    """Every file of the site, each with what it is made from: the one list of outputs.
    `digests` are the entries' (`EntityDigests.of`), when the build has made them; `wanted`
    says which outputs to list (`reach.Selection`; all when not given);
    `compiled`, where the templates compiled by an earlier build are kept."""
    from tracker.content.provenance import Provenance
    from tracker.outputs import calendar_ics, feeds
    from tracker.outputs.dataset import csv_parts, json_parts
    from tracker.outputs.pages import build_pages
    from tracker.outputs.render import render_site
    from tracker.outputs.subscriptions import WHOLE_SITE, subscriptions
    from tracker.outputs.urls import Urls

    provenance = provenance or Provenance()
    urls = Urls.from_base_url(settings.base_url)
    wanted = wanted or _every
    pages = build_pages(content, urls, provenance, settings, digests, wanted)
    outputs = render_site(pages, settings, urls, compiled)
    for event_id in pages.event_ids:  # "Cite this entry" as a file too, for reference managers
        if not wanted(Urls.citation_path(event_id)):
            continue
        reads = pages.event_pages.citation_reads(event_id)
        if reads is not None:  # its version is known; laid out only when made, like the page
            outputs.append(Output(Urls.citation_path(event_id), reads, functools.partial(_citation_file, pages.event_pages, event_id)))
    # The same data for feed readers, calendars and researchers, each made of one piece an
    # event (or a development), keyed by the event and the leaders and sources it names
    # (each entity digested once, EntityDigests). A feed or calendar reads its events' keys,
    # so an edit renders again only those that carry the edited event (or one naming the
    # edited leader or source), and takes every other piece from the last build's file; the
    # whole-site data files read all the content.
    digests = pages.event_pages.digests
    keys = pages.event_pages.shown
    names = ("feed.xml", "events.ics")

    def wanted_page(page: str) -> bool:  # a feed and a calendar read the same: both listed, or neither
        return any([wanted(f"{page}{name}") for name in names])

    for subscription in subscriptions(content, pages.shared_events, wanted_page):  # the whole site's, each leader's, each pair's
        whole_site = subscription == WHOLE_SITE  # its pieces are every other feed's or calendar's
        files = [f"{subscription.page}{name}" for name in names]
        carried = pages.event_ids if subscription.event_ids is None else subscription.event_ids  # oldest first
        reads = (subscription, tuple(keys[event_id] for event_id in carried))
        for path, parts in zip(files, (feeds.atom_parts, calendar_ics.ics_parts), strict=True):
            made = functools.partial(parts, content, settings, urls, subscription, keys)
            outputs.append(Output.of_pieces(path, reads, made, whole_site, home_of_pieces=whole_site))
    if wanted("events.json"):
        json_made = functools.partial(json_parts, content, settings, urls, keys, digests.sources)
        outputs.append(Output.of_pieces("events.json", (digests.everything,), json_made, whole_site=True))
    if wanted("events.csv"):
        csv_made = functools.partial(csv_parts, content, settings, urls, keys)
        outputs.append(Output.of_pieces("events.csv", (digests.everything,), csv_made, whole_site=True))
    return outputs


def _every(path: str) -> bool:
    return True


def render_content(content: Content, settings: Settings, provenance: Provenance | None = None) -> SiteFiles:
    """Every file of the site for validated content (and what git knows of it), made in
    memory; pure, so tests can call it directly."""
    return {output.path: output.make() for output in site_outputs(content, settings, provenance)}


def build_site(
    content_dir: Path,
    out: Path,
    settings: Settings,
    finishing: Iterable[FinishingStep] = (),
    cache: BuildCache | None = None,
    metadata: Metadata | None = None,
) -> Written:
    """Validate `content_dir`, render, and swap the result into `out`.

    Raises ContentError (nothing written) when the content has problems, and
    OutputFolderError when `out` is a folder the build must not replace. With a `cache`, a
    rebuild returns at once when no input changed; otherwise it renders only the files
    whose inputs changed, and writes only those whose bytes changed. `metadata`, of what the
    build reads (`Metadata.read(content_dir)`), when the caller has just read it: the
    preview's poll, which found the change.
    """
    check_output_folder(out, content_dir)
    finishing = tuple(finishing)
    metadata = metadata or Metadata.read(content_dir)  # once a build: the decision and the content check share it
    inputs = metadata.digest(content_dir, settings, finishing)
    saved = cache.load(out) if cache else None
    if saved and saved.inputs == inputs and saved.live(out):
        return Written(len(saved.paths) - 1, 0)  # less the MARKER
    from tracker.content.provenance import read_provenance
    from tracker.content.schema import keep_compiled_in
    from tracker.content.validate import validate_content
    from tracker.outputs.compiled import CompiledTemplates
    from tracker.outputs.reach import frame_of, tokens_of

    salt = code_salt(settings, finishing, metadata.code_files)
    parsed = cache.load_parsed(content_dir, salt) if cache else None
    earlier = cache.load_reach(out) if cache and saved else None
    keep_compiled_in(cache.folder if cache else None)
    with _long_lived_objects_frozen():
        try:
            content = validate_content(content_dir, settings.max_file_bytes, parsed, metadata.content)
            # Each entry's digests and each event's version are kept with its file's record:
            # only those of the files that changed are made again.
            digests = EntityDigests.of(content, parsed, earlier.tokens if earlier else None)
            provenance = read_provenance(content_dir, content, kept=parsed)  # git and the entries' bytes, read here once
        finally:  # kept even when the content has problems: the next check reads only what changed
            if cache and parsed is not None:
                cache.save_parsed(content_dir, salt, parsed)
        del parsed  # what each file became once checked: saved, and the model holds what the build needs
        frame, tokens = frame_of(digests, provenance, salt), tokens_of(digests, provenance.versions)
        reached = earlier.reached(saved.inputs, frame, tokens) if earlier and saved else None
        if reached is not None:  # a rebuild of the outputs an edit reaches, not of the whole site
            fewer_young_collections()
        compiled = CompiledTemplates.in_cache(cache.folder, salt) if cache else None
        listing = _listing(content, settings, provenance, digests, out, saved, reached, compiled)
        gc.freeze()  # the content and the pages laid out live until the build ends
        indexes = cache.piece_indexes(out, salt) if cache else None
        folders = cache.load_folders(out) if cache else SiteFolders(None, None)
        live_before = stamp_of(out.resolve())
        manifest, written = write_site(
            listing.outputs, out, finishing, listing.previous, salt.encode(), indexes, folders.spare, listing.carried
        )
        if cache:  # still frozen: recording 30,000 files must not set the collector walking the whole model
            cache.save_reach(out, listing.reach(inputs, frame, tokens, earlier))
            cache.save(out, Saved.of(inputs, manifest))
            # Finishing steps (the search index) add files of their own: then what the site holds is not recorded.
            site = out.resolve()
            was_live = {**listing.previous, **listing.carried}
            after = folders.after_build(
                site, spare_folder(site), live_before, was_live, manifest, not finishing, written.changed_folders
            )
            cache.save_folders(out, after)
    return written


@dataclass(frozen=True)
class _Listing:
    """The outputs a build lists, with the last build's records of their files, and of the
    files it carries over without listing their outputs."""

    outputs: list[Output]
    previous: Manifest
    carried: Manifest
    selection: Selection

    def reach(self, inputs: str, frame: str, tokens: Tokens, earlier: Reach | None) -> Reach:
        """The record, for the next build, of which outputs read which token."""
        from tracker.outputs.reach import Reach

        if self.selection.reached is None:  # every output listed: the record is made afresh
            asked = set(self.selection.asked)
            return Reach.of(inputs, frame, tokens, [output for output in self.outputs if output.path in asked])
        assert earlier is not None
        return earlier.after(inputs, tokens)


def _listing(
    content: Content,
    settings: Settings,
    provenance: Provenance,
    digests: EntityDigests,
    out: Path,
    saved: Saved | None,
    reached: set[str] | None,
    compiled: BytecodeCache | None,
) -> _Listing:
    """List the outputs: where the last build's record says which outputs an edit reaches
    (`reached`), those and the few always listed, carrying every other file over as it is;
    otherwise (no record, or any doubt) every output."""
    from tracker.outputs.reach import Selection

    if saved is not None and reached is not None:
        reached.update(saved.unlike_live(out, reached))  # edited by hand or gone: made again, never trusted
        selection = Selection(reached)
        outputs = site_outputs(content, settings, provenance, digests, selection, compiled)
        listed = {output.path for output in outputs}
        recorded = saved.outputs
        if reached <= listed and listed <= recorded.keys():  # else the record was wrong: list everything
            previous = {path: recorded[path] for path in (*listed, MARKER) if path in recorded}
            carried = {path: record for path, record in recorded.items() if path not in listed and path != MARKER}
            return _Listing(outputs, previous, carried, selection)
    selection = Selection()
    outputs = site_outputs(content, settings, provenance, digests, selection, compiled)
    return _Listing(outputs, saved.outputs if saved else {}, {}, selection)  # keys include the salt: new code or templates match none


@contextlib.contextmanager
def _long_lived_objects_frozen() -> Iterator[None]:
    """Keep the garbage collector's full collections off what lives until the build ends.

    The content and the pages are hundreds of thousands of objects that no collection can
    free; a full collection walks them all, again and again as the render allocates. Frozen
    (`gc.freeze()`), they are out of its reach, and pages a forked worker inherits are not
    copied just to update their collector's counts. Unfrozen after the build, so a
    long-running preview server still frees each build's objects.

    Before the freeze too (the content checked, the entities digested, the pages laid
    out), the collector keeps to its young generations: nearly all of what is made then
    lives until the end, and each full collection walked all of it made so far (a third
    to half a second of a 10,000-event build, while the second core idled).
    """
    try:
        with no_full_collections():
            yield
    finally:
        gc.unfreeze()
