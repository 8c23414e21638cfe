#!/usr/bin/env python3
"""Seeds a general assembly in session for the voting benchmark (bench/meetings.sh), straight into the database.

Usage:
  bench/meetings-seed.py sqlite PATH/renkei.db CODE...    writes into the SQLite database (the app may be running)
  bench/meetings-seed.py postgres CODE... | psql ...       prints the same rows as SQL for PostgreSQL

It writes, for each association CODE, a representative: an association admin bench.rep.CODE@bench.renkei.jp with the
password Bench-voter-123 (an ASP.NET Core Identity v3 hash, computed here), and one meeting with fixed ids (meeting
900001, items 900001-900004: a report, two motions and a slate election) that invites every CODE, answered online with
that user as its representative. The meeting began an hour ago, so ballots are online votes and stay open.
Standard library only. Run it once per fresh database (the ids are fixed).
"""
import base64, hashlib, os, sqlite3, sys, uuid
from datetime import datetime, timedelta, timezone

PASSWORD = "Bench-voter-123"
MEETING, REPORT, MOTION, MOTION2, ELECTION = 900001, 900001, 900002, 900003, 900004


def identity_hash(password):
    # Identity v3: 0x01 | PRF (2 = HMAC-SHA512) | iterations | salt length | salt | 32-byte subkey, big-endian ints.
    salt, iterations = os.urandom(16), 100_000
    subkey = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations, 32)
    header = bytes([1]) + (2).to_bytes(4, "big") + iterations.to_bytes(4, "big") + (16).to_bytes(4, "big")
    return base64.b64encode(header + salt + subkey).decode()


def rows(codes):
    """(table, {column: value}) in insertion order; values are Python str/int/bool/datetime/uuid/None."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    password = identity_hash(PASSWORD)
    out = []
    users = {}
    for code in codes:
        user_id = str(uuid.uuid4())
        users[code] = user_id
        email = f"bench.rep.{code}@bench.renkei.jp"
        out.append(("AspNetUsers", dict(Id=user_id, DisplayName=f"代表者 {code}", AssociationCode=code, IsActive=True, CreatedAt=now,
            PreferredCulture="ja", UserName=email, NormalizedUserName=email.upper(), Email=email, NormalizedEmail=email.upper(),
            EmailConfirmed=True, PasswordHash=password, SecurityStamp=uuid.uuid4().hex.upper(), ConcurrencyStamp=str(uuid.uuid4()),
            PhoneNumber=None, PhoneNumberConfirmed=False, TwoFactorEnabled=False, LockoutEnd=None, LockoutEnabled=True, AccessFailedCount=0)))
        out.append(("AspNetUserRoles", dict(UserId=user_id, RoleId=("SELECT", "association-admin"))))
    out.append(("Meetings", dict(Id=MEETING, Kind="GeneralAssembly", Format="Hybrid", Status="Convened", FiscalYear=2027,
        TitleJa="ベンチマーク総会", TitleEn="Benchmark general assembly", StartsAt=now - timedelta(hours=1), EndsAt=now + timedelta(hours=3),
        VenueJa="東京都千代田区", VenueEn="Chiyoda, Tokyo", OnlineUrl="https://meet.example.jp/bench", BlockId=None,
        RegistrationDeadline=now - timedelta(days=1), WrittenVoteDeadline=now - timedelta(hours=2), VoteDeadline=None, Quorum="Majority",
        ChairName="議長 ベンチ", ChairAssociationCode=codes[0], Guests=None, NoticeJa=None, NoticeEn=None, NoticeSentAt=now - timedelta(days=14),
        ReminderSentAt=None, ResultsPublic=False, IsSample=True, CreatedAt=now - timedelta(days=20), ConcurrencyStamp=uuid.uuid4())))
    for item_id, number, kind, title in [(REPORT, 1, "Report", "事務局報告"), (MOTION, 2, "Motion", "2026年度事業報告及び収支決算"),
                                          (MOTION2, 3, "Motion", "2027年度事業計画及び収支予算"), (ELECTION, 4, "Election", "役員の選任")]:
        out.append(("AgendaItems", dict(Id=item_id, MeetingId=MEETING, Number=number, Kind=kind, TitleJa=title, TitleEn=None, DescriptionJa=None,
            DescriptionEn=None, Majority="Simple", Wording="Approved", ElectionMode="Slate", ClosedAt=None, ClosedBy=None, ConcurrencyStamp=uuid.uuid4())))
    out.append(("ElectionCandidates", dict(Id=900001, AgendaItemId=ELECTION, Number=1, OfficerPositionId=1, PersonName="候補 太郎",
        PersonTitle="会長", AssociationCode=codes[0], TermFrom=now.date(), TermTo=now.date().replace(year=now.year + 2))))
    for i, code in enumerate(codes):
        out.append(("Attendances", dict(Id=900001 + i, MeetingId=MEETING, AssociationCode=code, Mode="Online", ProxyHolderCode=None,
            RepresentativeUserId=users[code], RepresentativeName=f"bench.rep.{code}@bench.renkei.jp", Note=None, AnsweredAt=now - timedelta(days=2),
            AnsweredBy="bench", ConcurrencyStamp=uuid.uuid4())))
    return out


def sqlite_value(v):
    # EF Core's SQLite formats: text dates, upper-case GUID text, integer booleans.
    if isinstance(v, bool): return int(v)
    if isinstance(v, datetime): return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, uuid.UUID): return str(v).upper()
    if hasattr(v, "isoformat"): return v.isoformat()
    return v


def pg_literal(v):
    if v is None: return "NULL"
    if isinstance(v, bool): return "TRUE" if v else "FALSE"
    if isinstance(v, int): return str(v)
    if isinstance(v, datetime): return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "+00'"
    if hasattr(v, "isoformat") or isinstance(v, uuid.UUID): return f"'{v}'"
    return "'" + str(v).replace("'", "''") + "'"


def main(argv):
    if len(argv) < 3 or argv[1] not in ("sqlite", "postgres"):
        sys.exit(__doc__)
    if argv[1] == "sqlite":
        path, codes = argv[2], argv[3:]
        db = sqlite3.connect(path, timeout=30)
        with db:
            for table, values in rows(codes):
                if table == "AspNetUserRoles":
                    role = db.execute('SELECT "Id" FROM "AspNetRoles" WHERE "Name" = ?', (values["RoleId"][1],)).fetchone()[0]
                    values = dict(values, RoleId=role)
                cols = ", ".join(f'"{c}"' for c in values)
                db.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" for _ in values)})', [sqlite_value(v) for v in values.values()])
        db.close()
    else:
        print("BEGIN;")
        for table, values in rows(argv[2:]):
            cols = ", ".join(f'"{c}"' for c in values)
            vals = ", ".join(f'(SELECT "Id" FROM "AspNetRoles" WHERE "Name" = {pg_literal(v[1])})' if isinstance(v, tuple) else pg_literal(v)
                             for v in values.values())
            print(f'INSERT INTO "{table}" ({cols}) VALUES ({vals});')
        print("COMMIT;")


if __name__ == "__main__":
    main(sys.argv)
