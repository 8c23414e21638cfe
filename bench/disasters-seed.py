#!/usr/bin/env python3
"""Seeds an ongoing disaster under load for the disaster benchmark (bench/disasters.sh), straight into the database.

Usage:
  bench/disasters-seed.py sqlite PATH/renkei.db       writes into the SQLite database (the app may be running)
  bench/disasters-seed.py postgres | psql ...          prints the same rows as SQL for PostgreSQL
  bench/disasters-seed.py requests                     prints the requests wrk offers against: "ID FROM TO LANGUAGE"
  bench/disasters-seed.py offerers                     prints the offering associations' codes, one a line

It writes, with fixed ids (900001 and up):
- a board reader, bench.board@bench.renkei.jp (staff of Aichi, 230006, in the Chubu block: it sees every request), and
  one staff user per offering association, bench.offer.CODE@bench.renkei.jp, all with the password Bench-offer-123;
- disaster 900001, an ongoing flood drill in Gifu and Aichi started three hours ago: Gifu (limited, support centre
  open), Aichi and Nagoya (operating) affected;
- 20 requests for them (14 escalated to all blocks, 6 still in the Chubu block), kinds, languages and urgencies mixed,
  each for 4 to 6 people, from today for a week;
- 60 offers, three per request (from Chubu associations on the block-only requests, from all blocks on the escalated
  ones), pending, accepted, dispatched or declined, so no request is covered and the board shows every part;
- the timeline of all of it (declared, statuses, requests posted and escalated, offers made and their steps).
That is the board the issue sizes at under 50 KB. wrk then offers against the escalated requests only (any member sees
them), as the offering associations. Standard library only. Run it once per fresh database (the ids are fixed).
"""
import importlib.util, os, sys, uuid
from datetime import datetime, timedelta, timezone

spec = importlib.util.spec_from_file_location("meetings_seed", os.path.join(os.path.dirname(os.path.abspath(__file__)), "meetings-seed.py"))
meetings_seed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(meetings_seed)
identity_hash, sqlite_value = meetings_seed.identity_hash, meetings_seed.sqlite_value

PASSWORD = "Bench-offer-123"
DISASTER = 900001
GIFU, AICHI, NAGOYA = "210005", "230006", "231002"
READER = "bench.board@bench.renkei.jp"
# Chubu associations outside the affected prefectures: they offer on the requests still in the block.
CHUBU = ["160008", "170003", "180009", "220001", "221007", "221309", "240001"]
# The associations wrk offers as: two from each other block.
OFFERERS = ["011002", "041009", "130001", "141003", "261009", "270008", "340006", "370002", "401307", "430005", "111007", "281000"]
LANGUAGES = [["vi"], ["pt", "es"], ["tl"], ["ne"], ["zh", "ko"], ["en"], ["pt"], ["vi", "ne"], ["id"], ["my"]]
KINDS = ["Interpreters", "Translators", "PhoneVideoInterpreting", "RemoteTranslation", "SupportCentreStaffing"]
URGENCIES = ["Immediate", "High", "Normal"]
NOW = datetime.now(timezone.utc).replace(microsecond=0)
# Today in Japan, where the request periods are.
TODAY = (NOW + timedelta(hours=9)).date()


def requests():
    """(id, number, association, escalated, languages) for the 20 requests; the first 14 are escalated."""
    out = []
    for i in range(20):
        out.append((DISASTER + i, i + 1, [GIFU, GIFU, AICHI, NAGOYA][i % 4], i < 14, LANGUAGES[i % len(LANGUAGES)]))
    return out


def rows():
    """(table, {column: value}) in insertion order; values are str/int/bool/datetime/date/uuid/list/None."""
    password = identity_hash(PASSWORD)
    out = []
    for email, code in [(READER, AICHI)] + [(f"bench.offer.{c}@bench.renkei.jp", c) for c in OFFERERS]:
        user_id = str(uuid.uuid4())
        out.append(("AspNetUsers", dict(Id=user_id, DisplayName=f"ベンチ {code}", AssociationCode=code, IsActive=True, CreatedAt=NOW,
            PreferredCulture="ja", UserName=email, NormalizedUserName=email.upper(), Email=email, NormalizedEmail=email.upper(),
            EmailConfirmed=True, PasswordHash=password, SecurityStamp=uuid.uuid4().hex.upper(), ConcurrencyStamp=str(uuid.uuid4()),
            PhoneNumber=None, PhoneNumberConfirmed=False, TwoFactorEnabled=False, LockoutEnd=None, LockoutEnabled=True, AccessFailedCount=0)))
        out.append(("AspNetUserRoles", dict(UserId=user_id, RoleId=("SELECT", "association-staff"))))

    started = NOW - timedelta(hours=3)
    secretariat = "secretariat@bench.renkei.jp"
    out.append(("Disasters", dict(Id=DISASTER, NameJa="ベンチマーク 中部ブロック風水害訓練", NameEn="Benchmark Chubu flood drill", Kind="Flood",
        IsDrill=True, PrefectureCodes=["21", "23"], StartedAt=started, Details="ベンチマーク用の訓練", DeclaredAt=started + timedelta(minutes=5),
        DeclaredBy=secretariat, DeclaredByAssociationCode=None, EscalationHours=24, Status="Open", ClosedAt=None, ClosedBy=None, ClosingNote=None,
        IsSample=True, ConcurrencyStamp=uuid.uuid4())))
    events = []

    def event(kind, at, actor=None, about=None, request=None, offer=None, note=None):
        events.append(dict(DisasterId=DISASTER, RequestId=request, OfferId=offer, Kind=kind, At=at, ActorName=f"staff@{actor}.bench" if actor else secretariat,
            ActorAssociationCode=actor, Automatic=False, AssociationCode=about, Note=note))

    event("Declared", started + timedelta(minutes=5))
    for n, (code, status, centre) in enumerate([(GIFU, "Limited", True), (AICHI, "Operating", False), (NAGOYA, "Operating", False)]):
        at = started + timedelta(minutes=10 + n)
        out.append(("AffectedAssociations", dict(Id=DISASTER + n, DisasterId=DISASTER, AssociationCode=code, Status=status, SupportCentreOpen=centre,
            Note="ベンチマーク", ReportedAt=at, ReportedBy=f"staff@{code}.bench", ConcurrencyStamp=uuid.uuid4())))
        event("StatusReported", at, code, code, note="ベンチマーク")

    offer_id, step_id = DISASTER, DISASTER
    for request_id, number, code, escalated, languages in requests():
        posted = started + timedelta(minutes=20 + number * 5)
        out.append(("SupportRequests", dict(Id=request_id, DisasterId=DISASTER, Number=number, AssociationCode=code, BlockId="chubu",
            Kind=KINDS[number % len(KINDS)], Languages=languages, People=4 + number % 3, From=TODAY, To=TODAY + timedelta(days=6),
            Place="岐阜県災害多言語支援センター", Urgency=URGENCIES[number % 3], Details="ベンチマーク用の要請", PostedAt=posted, PostedBy=f"staff@{code}.bench",
            PostedByAssociationCode=code, EscalateAfter=posted + timedelta(hours=24), EscalatedAt=posted + timedelta(minutes=30) if escalated else None,
            EscalatedBy=secretariat if escalated else None, CoveredAt=None, ClosedAt=None, ClosedBy=None, ClosingNote=None, ConcurrencyStamp=uuid.uuid4())))
        event("RequestPosted", posted, code, code, request_id)
        if escalated:
            event("RequestEscalated", posted + timedelta(minutes=30), None, code, request_id, note="ベンチマーク")
        pool = OFFERERS if escalated else CHUBU
        for k, step in enumerate([None, "Accepted", "Dispatched"] if number % 2 else ["Declined", None, "Accepted"]):
            by = pool[(number + k) % len(pool)]
            offered = posted + timedelta(minutes=40 + k * 10)
            out.append(("SupportOffers", dict(Id=offer_id, RequestId=request_id, DisasterId=DISASTER, AssociationCode=by, People=1, Who="通訳ボランティア1名",
                Languages=languages[:1], From=TODAY, To=TODAY + timedelta(days=3), Mode="Remote", Details=None, OfferedAt=offered,
                OfferedBy=f"staff@{by}.bench", OfferedByAssociationCode=by)))
            event("OfferMade", offered, by, by, request_id, offer_id)
            kinds = {"Accepted": ["Accepted"], "Dispatched": ["Accepted", "Dispatched"], "Declined": ["Declined"], None: []}[step]
            for sequence, kind in enumerate(kinds, start=1):
                at = offered + timedelta(minutes=5 * sequence)
                decider = kind in ("Accepted", "Declined")
                out.append(("OfferSteps", dict(Id=step_id, OfferId=offer_id, Sequence=sequence, Kind=kind, Note="充足のため" if kind == "Declined" else None,
                    At=at, By=f"staff@{code if decider else by}.bench", ByAssociationCode=code if decider else by)))
                event("Offer" + kind, at, code if decider else by, by, request_id, offer_id)
                step_id += 1
            offer_id += 1
    for n, e in enumerate(sorted(events, key=lambda e: e["At"])):
        out.append(("DisasterEvents", dict(Id=DISASTER + n, **e)))
    return out


def pg_literal(v):
    if isinstance(v, list):
        return "ARRAY[" + ", ".join(pg_literal(x) for x in v) + "]::text[]" if v else "'{}'::text[]"
    return meetings_seed.pg_literal(v)


def main(argv):
    if len(argv) < 2 or argv[1] not in ("sqlite", "postgres", "requests", "offerers") or (argv[1] == "sqlite" and len(argv) < 3):
        sys.exit(__doc__)
    if argv[1] == "requests":
        for request_id, _, _, escalated, languages in requests():
            if escalated: print(request_id, TODAY.isoformat(), (TODAY + timedelta(days=3)).isoformat(), languages[0])
    elif argv[1] == "offerers":
        print("\n".join(OFFERERS))
    elif argv[1] == "sqlite":
        import json, sqlite3
        db = sqlite3.connect(argv[2], timeout=30)
        with db:
            for table, values in rows():
                if table == "AspNetUserRoles":
                    role = db.execute('SELECT "Id" FROM "AspNetRoles" WHERE "Name" = ?', (values["RoleId"][1],)).fetchone()[0]
                    values = dict(values, RoleId=role)
                cols = ", ".join(f'"{c}"' for c in values)
                db.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" for _ in values)})',
                           [json.dumps(v) if isinstance(v, list) else sqlite_value(v) for v in values.values()])
        db.close()
    else:
        print("BEGIN;")
        for table, values in rows():
            cols = ", ".join(f'"{c}"' for c in values)
            vals = ", ".join(f'(SELECT "Id" FROM "AspNetRoles" WHERE "Name" = {pg_literal(v[1])})' if isinstance(v, tuple) else pg_literal(v)
                             for v in values.values())
            print(f'INSERT INTO "{table}" ({cols}) VALUES ({vals});')
        print("COMMIT;")


if __name__ == "__main__":
    main(sys.argv)
