"""The ``badges`` and ``layouts`` subcommands: a thin shell over :mod:`checkin.badges`.

``checkin badges -o FILE.pdf`` writes the PDF and does not count it as
printed; add ``--mark-printed`` when the file goes straight to the printer, so
``--not-printed`` leaves those people out next time.
"""

from __future__ import annotations


def add_commands(command, json_flag, station_flag) -> None:
    """Register this area's subcommands with the ``checkin`` parser."""
    p = command("badges", cmd_badges, "write badges as a print-ready PDF")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--layout", metavar="NAME",
                   help="badge stock (see 'checkin layouts'; default: the event's, else a6)")
    p.add_argument("--codes", nargs="+", metavar="C",
                   help="only the attendees with these codes (read as 'scan' reads them: "
                        "a URL holding one is fine)")
    p.add_argument("--not-printed", action="store_true", help="only people whose badge was never printed")
    p.add_argument("--checked-in", action="store_true", help="only people who are checked in")
    p.add_argument("--sort", choices=("name", "organisation"), default="name",
                   help="order: last name (DIN 5007-2, default) or organisation")
    p.add_argument("--skip", type=int, default=0, metavar="N",
                   help="leave the first N labels of the first sheet empty (a partly used sheet)")
    p.add_argument("--offset-x", type=float, metavar="MM",
                   help="move every badge MM millimetres right (negative: left) to calibrate a printer")
    p.add_argument("--offset-y", type=float, metavar="MM", help="move every badge MM millimetres down")
    logo = p.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="IMAGE",
                      help="a PNG, JPEG, GIF or WebP logo (at most 2 MB) for the top left corner")
    logo.add_argument("--no-logo", action="store_true",
                      help="no logo this time (with --save-settings: forget the event's logo)")
    p.add_argument("--save-settings", action="store_true",
                   help="after a successful run, remember --layout, the offsets and --logo/--no-logo "
                        "in the event database")
    p.add_argument("--outline", action="store_true", help="draw each badge's outline (test prints)")
    p.add_argument("--mark-printed", action="store_true",
                   help="record these badges as printed in the print log")
    station_flag(p)
    json_flag(p)

    p = command("layouts", cmd_layouts, "list the badge layouts (presets and your own)")
    json_flag(p)


def cmd_badges(args) -> int:
    import sys

    from checkin import badges, cli
    from checkin.domain import counted

    with cli.open_store(args, remember=False) as store:
        logo = badges.read_logo(args.logo) if args.logo else None
        options = badges.options_for(store, args.layout, skip=args.skip, outline=args.outline,
                                     offset_x_mm=args.offset_x, offset_y_mm=args.offset_y, logo=logo)
        if args.no_logo:
            options.logo = None
        badges.check_options(options)
        badges.check_output(args.output)
        people = badges.select_attendees(store, codes=args.codes, not_printed=args.not_printed,
                                         checked_in=args.checked_in, sort=args.sort)

        def save() -> None:  # only once the run has worked: a bad saved value breaks every later run
            if args.save_settings:
                badges.save_settings(store, layout=options.layout.name, offset_x_mm=options.offset_x_mm,
                                     offset_y_mm=options.offset_y_mm, logo=logo, remove_logo=args.no_logo)

        if not people:
            save()
            cli.emit(args, {"output": None, "layout": options.layout.name, "badges": 0, "pages": 0,
                            "marked_printed": False}, "no badges to print: nobody matches; no file written")
            return cli.EXIT_OK
        pages = badges.render_pdf(people, args.output, options)
        save()
        if args.mark_printed:
            badges.record_prints(store, [a.id for a in people], args.station, options.layout.name)
        unprintable = badges.unprintable(people)
        data = {"output": str(args.output), "layout": options.layout.name, "badges": len(people),
                "pages": pages, "marked_printed": bool(args.mark_printed),
                "unprintable": [{"code": a.code, "name": a.full_name, "letters": letters}
                                for a, letters in unprintable]}
        if unprintable:
            names = "; ".join(f"{a.full_name} ({letters})" for a, letters in unprintable[:10])
            more = f"; and {len(unprintable) - 10} more" if len(unprintable) > 10 else ""
            print(f"checkin: warning: {counted(len(unprintable), 'badge')} with letters no font on this "
                  f"computer has (printed as \ufffd): {names}{more}. Install a font for them "
                  "(on Debian: fontconfig and fonts-noto-core) and write the badges again.", file=sys.stderr)
        marked = " (marked as printed)" if args.mark_printed else ""
        count = f"{counted(len(people), 'badge')} on {counted(pages, 'page')}"
        cli.emit(args, data, f"{count} ({options.layout.name}) written to {args.output}{marked}")
    return cli.EXIT_OK


def cmd_layouts(args) -> int:
    import sys

    from checkin import cli, layouts

    for problem in layouts.problems():  # a broken file of the user's is left out, not fatal
        print(f"checkin: warning: {problem} (left out)", file=sys.stderr)
    found = layouts.all_layouts(strict=False)
    lines = [f"{item.name:<18} {item.badges_per_page:>2} per page  "
             f"{item.page_width_mm:g}x{item.page_height_mm:g} mm  {item.title}" for item in found]
    lines.append(f"Your own layouts: {layouts.user_layouts_dir()}/NAME.json")
    cli.emit(args, [item.to_json() for item in found], "\n".join(lines))
    return cli.EXIT_OK
