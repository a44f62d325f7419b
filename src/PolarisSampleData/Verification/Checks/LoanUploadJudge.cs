using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Shoutbomb;

using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// shoutbomb.uploads for the renew and overdue runs, whose lines are loans (see the reference README's table of kinds).
/// Every line is judged against the tables: the patron is registered for voice or text and the barcode is theirs; the
/// copy, its barcode, title, bibliographic record and renewal limit are CircItemRecords' and BibliographicRecords';
/// the lines come in the query's order. A loan still out today (an ItemCheckouts row) is judged whole: its due date
/// and renewals at the run, and whether the run selects it; every such loan the run selects must have its line.
/// A loan returned since is in no table, so its line is judged by what the run requires of it: due on the
/// day the renew run looks ahead to, or about a voice/text notice queued in the overdue run's 24 hours.
/// </summary>
internal static class LoanUploadJudge
{
    private const string Items = "Polaris.CircItemRecords";
    private const string Titles = "Polaris.BibliographicRecords";

    /// <summary>The fields of a renew or overdue line; fields 6 to 9 are always empty.</summary>
    private const int Fields = 13;

    private static readonly Gathering Catalogue = new();

    /// <summary>
    /// The phone patrons with their barcodes and the loans they still have out; the copies, titles and queued
    /// notices come from <see cref="Gathering"/>, since verify keeps no rows of those tables.
    /// </summary>
    public static CheckQuery Loans { get; } = new(
        [
            Read(Registration, "PatronID", "DeliveryOptionID"),
            Read(Patrons, "PatronID", "Barcode"),
            Read(Checkouts, "PatronID", "ItemRecordID", "CheckOutDate", "DueDate", "Renewals"),
            Read(Items), Read(Titles), Read(Queue),
        ], $"""
        SELECT r.PatronID, p.Barcode, c.ItemRecordID, c.CheckOutDate, c.DueDate, c.Renewals
        FROM Polaris.PatronRegistration r
        JOIN Polaris.Patrons p ON p.PatronID = r.PatronID
        LEFT JOIN Polaris.ItemCheckouts c ON c.PatronID = r.PatronID
        WHERE r.DeliveryOptionID IN ({Ids(PhoneOptions)})
        """, Walk: Judge, Gathers: Catalogue);

    private static IEnumerable<Problem> Judge(LoadedSet set, string sql)
    {
        if (set.Gathered.GetValueOrDefault(Catalogue) is not CatalogueFacts catalogue) yield break;
        var tables = PhoneLoans.Read(set, sql, catalogue);
        foreach (var kind in new[] { ShoutbombKind.Renew, ShoutbombKind.Overdue })
        {
            var name = ShoutbombArchive.KindName(kind);
            foreach (var (path, file, runAt) in UploadJudge.Uploads(set.Folder.Path, name))
            {
                if (runAt is not { } at)
                {
                    yield return new Problem(file, null, null, "its name's time is not a date and time, so no run selects its lines");
                    continue;
                }
                if (UploadJudge.Bytes(path) is not { } bytes) continue;
                var run = kind == ShoutbombKind.Renew ? tables.RenewRun(at) : tables.OverdueRun(at);
                if (run.Judge(bytes) is { } problem) yield return new Problem(file, problem.Line, null, $"{UploadJudge.Run(name, at)}: {problem.Text}");
            }
        }
    }

    /// <summary>A copy as the runs print it; <see cref="Known"/> is false for an ID CircItemRecords does not hold.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private readonly record struct Copy(uint Barcode, int Bib, short RenewalLimit, byte LoanDays, bool JuvenileAudio)
    {
        public bool Known => LoanDays > 0;
    }

    /// <summary>A voice/text notice queued about a loan, of a type the overdue run selects.</summary>
    private readonly record struct Queued(int Patron, int Item, long Milliseconds);

    /// <summary>What the runs read of the tables verify keeps no rows of, gathered as the files are read.</summary>
    private sealed record CatalogueFacts(IdTable<Copy> Copies, IdTable<uint> Titles, Queued[] Queued);

    /// <summary>
    /// Gathers each copy (its barcode and title as hashes of the text the runs print), each title, and the voice/text
    /// notices queued about loans: at a million patrons some 60 MB where the rows themselves would be gigabytes.
    /// </summary>
    private sealed class Gathering : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            if (file.Is(Items))
                return Indexes(file, "ItemRecordID", "Barcode", "AssociatedBibRecordID", "RenewalLimit", "LoanPeriodCodeID", "MaterialTypeID") is { } copy ? new CopyReading(file, copy) : null;
            if (file.Is(Titles))
                return Indexes(file, "BibliographicRecordID", "BrowseTitle") is { } title ? new TitleReading(file, title) : null;
            if (file.Is(Queue))
                return Indexes(file, "PatronID", "ItemRecordID", "NotificationTypeID", "DeliveryOptionID", "CreationDate") is { } queued ? new QueueReading(file, queued) : null;
            return null;
        }

        public override object? Gather(IReadOnlyList<FileJudge> judges) => new CatalogueFacts(
            judges.OfType<CopyReading>().FirstOrDefault()?.Copies ?? new(),
            judges.OfType<TitleReading>().FirstOrDefault()?.Titles ?? new(),
            Chronological(judges.OfType<QueueReading>().FirstOrDefault()?.Queued ?? []));

        private static Queued[] Chronological(List<Queued> queued)
        {
            var ordered = queued.ToArray();
            Array.Sort(ordered, (a, b) => a.Milliseconds.CompareTo(b.Milliseconds));
            return ordered;
        }

        private static int[]? Indexes(FileReading file, params string[] columns)
        {
            var indexes = columns.Select(file.IndexOf).ToArray();
            return indexes.All(i => i >= 0) ? indexes : null;
        }

        private sealed class CopyReading(FileReading file, int[] columns) : FileJudge(file)
        {
            public IdTable<Copy> Copies { get; } = new();

            public override void Judge(CsvReader reader)
            {
                if (ValueSet.AsNumber(File.Field(reader, columns[0])) is not { } id) return;
                var loanPeriod = ValueSet.AsNumber(File.Field(reader, columns[4]));
                Copies.Set(id, new Copy(
                    Printed(File.Field(reader, columns[1]), title: false),
                    ValueSet.AsNumber(File.Field(reader, columns[2])) is { } bib and >= int.MinValue + 1 and <= int.MaxValue ? (int)bib : NoNumber,
                    ValueSet.AsNumber(File.Field(reader, columns[3])) is { } limit and > short.MinValue and <= short.MaxValue ? (short)limit : short.MinValue,
                    (byte)Item.LoanDaysFor(loanPeriod is >= int.MinValue and <= int.MaxValue ? (int)loanPeriod : 0),
                    ValueSet.AsNumber(File.Field(reader, columns[5])) == SubmissionQueries.JuvenileAudio));
            }
        }

        private sealed class TitleReading(FileReading file, int[] columns) : FileJudge(file)
        {
            public IdTable<uint> Titles { get; } = new();

            public override void Judge(CsvReader reader)
            {
                if (ValueSet.AsNumber(File.Field(reader, columns[0])) is { } id) Titles.Set(id, Printed(File.Field(reader, columns[1]), title: true));
            }
        }

        private sealed class QueueReading(FileReading file, int[] columns) : FileJudge(file)
        {
            private static readonly HashSet<long> Types = [.. SubmissionQueries.OverdueFileTypes.Select(t => (long)t)];

            public List<Queued> Queued { get; } = [];

            public override void Judge(CsvReader reader)
            {
                if (ValueSet.AsNumber(File.Field(reader, columns[3])) is not ((long)DeliveryOption.Voice or (long)DeliveryOption.Text)
                    || ValueSet.AsNumber(File.Field(reader, columns[2])) is not { } type || !Types.Contains(type)
                    || ValueSet.AsNumber(File.Field(reader, columns[0])) is not { } patron || patron is < 0 or > int.MaxValue
                    || ValueSet.AsNumber(File.Field(reader, columns[1])) is not { } item || item is < 0 or > int.MaxValue
                    || ValueTypes.Milliseconds(File.Field(reader, columns[4])) is not { } queuedAt) return;
                Queued.Add(new Queued((int)patron, (int)item, queuedAt));
            }
        }
    }

    /// <summary>A number a table left NULL or that is not one: the line must say NULL there.</summary>
    private const int NoNumber = int.MinValue;

    /// <summary>
    /// The hash of a value as the runs print it: NULL as the word, a title's <c>|</c> as <c>-</c>, in the uploads'
    /// Windows-1252 (never 0, which <see cref="IdTable{T}"/> reads as no row). Nearly every value is ASCII, as is.
    /// </summary>
    private static uint Printed(ReadOnlySpan<byte> utf8, bool title)
    {
        if (utf8.IsEmpty) return Hash("NULL"u8);
        if (System.Text.Ascii.IsValid(utf8) && !(title && utf8.Contains((byte)'|'))) return Hash(utf8);
        var text = Encoding.UTF8.GetString(utf8);
        return Hash(ShoutbombArchive.SubmissionEncoding.GetBytes(title ? text.Replace('|', '-') : text));
    }

    /// <summary>FNV-1a: the values are short, and a wrong one differs from the right one in a way no collision hides in practice.</summary>
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return hash | 1;
    }

    /// <summary>
    /// The phone patrons (by ID, with their barcodes) and their loans still out today, each loan also under every day it
    /// was due on (a renewal moves the due date on), so a renew run finds the loans it selects by day.
    /// </summary>
    private sealed class PhoneLoans
    {
        private readonly CatalogueFacts _catalogue;
        private readonly Dictionary<long, byte[]> _barcodes = [];
        private readonly Dictionary<(long Patron, long Item), Loan> _loans = [];
        private readonly Dictionary<DateOnly, List<(Loan Loan, int Renewals)>> _dueOn = [];

        private PhoneLoans(CatalogueFacts catalogue) => _catalogue = catalogue;

        /// <summary>A loan as ItemCheckouts holds it; <see cref="LoanDays"/> from its copy's loan period.</summary>
        public sealed record Loan(long Patron, long Item, DateTime CheckOut, DateTime Due, int Renewals, int LoanDays)
        {
            public (DateTime DueDate, int Renewals) TermAt(DateTime moment) => Domain.Loan.TermAt(CheckOut, LoanDays, Renewals, Due, moment);
        }

        public static PhoneLoans Read(LoadedSet set, string sql, CatalogueFacts catalogue)
        {
            var loans = new PhoneLoans(catalogue);
            foreach (var row in set.Query(sql))
            {
                if (row[0].Value is not long patron) continue;
                loans._barcodes.TryAdd(patron, ShoutbombArchive.SubmissionEncoding.GetBytes(row[1].Value is { } barcode ? Convert.ToString(barcode, CultureInfo.InvariantCulture)! : "NULL"));
                if (row[2].Value is not long item || UploadJudge.Ticks(row[3].Value, -1) is not (>= 0 and var checkOut)
                    || UploadJudge.Ticks(row[4].Value, -1) is not (>= 0 and var due) || row[5].Value is not long renewals || renewals is < 0 or > 1000) continue;
                var loanDays = catalogue.Copies[item] is { Known: true } copy ? copy.LoanDays : Item.LoanDaysFor(0);
                var loan = new Loan(patron, item, new DateTime(checkOut), new DateTime(due), (int)renewals, loanDays);
                if (!loans._loans.TryAdd((patron, item), loan)) continue;
                for (var renewal = 0; renewal <= loan.Renewals; renewal++)
                {
                    var dueDate = renewal == loan.Renewals ? loan.Due : loan.CheckOut.Date.AddDays(loanDays * (renewal + 1));
                    var day = DateOnly.FromDateTime(dueDate);
                    if (!loans._dueOn.TryGetValue(day, out var dueThen)) loans._dueOn[day] = dueThen = [];
                    dueThen.Add((loan, renewal));
                }
            }
            return loans;
        }

        /// <summary>The renew run at <paramref name="at"/>: the loans out then whose due date in force falls on the day it looks ahead to.</summary>
        public Run RenewRun(DateTime at)
        {
            var day = DateOnly.FromDateTime(at).AddDays(SubmissionQueries.RenewDaysAhead);
            var selected = (_dueOn.GetValueOrDefault(day) ?? [])
                .Where(d => d.Loan.CheckOut <= at && d.Loan.TermAt(at).Renewals == d.Renewals && !_catalogue.Copies[d.Loan.Item].JuvenileAudio)
                .Select(d => (d.Loan.Patron, d.Loan.Item));
            return new Run(this, at, day, Counts(selected), []);
        }

        /// <summary>The overdue run at <paramref name="at"/>: a line a voice/text notice queued in the 24 hours before it, about a loan out then.</summary>
        public Run OverdueRun(DateTime at)
        {
            var (from, until) = ((at - SubmissionQueries.OverdueLookBack).Ticks / TimeSpan.TicksPerMillisecond, at.Ticks / TimeSpan.TicksPerMillisecond);
            var queued = _catalogue.Queued;
            var first = BinarySearchAfter(queued, from);
            var (known, returned) = (new List<(long, long)>(), new List<(long, long)>());
            for (var i = first; i < queued.Length && queued[i].Milliseconds <= until; i++)
            {
                var key = ((long)queued[i].Patron, (long)queued[i].Item);
                (Out(key, at) is not null ? known : returned).Add(key);
            }
            return new Run(this, at, null, Counts(known), Counts(returned));
        }

        private static int BinarySearchAfter(Queued[] queued, long milliseconds)
        {
            var (low, high) = (0, queued.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (queued[middle].Milliseconds <= milliseconds) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        private static Dictionary<(long, long), int> Counts(IEnumerable<(long, long)> keys)
        {
            var counts = new Dictionary<(long, long), int>();
            foreach (var key in keys) counts[key] = counts.GetValueOrDefault(key) + 1;
            return counts;
        }

        /// <summary>The patron's loan of the copy that ItemCheckouts shows out at <paramref name="at"/>, or null (none, or a later one).</summary>
        private Loan? Out((long Patron, long Item) key, DateTime at) => _loans.GetValueOrDefault(key) is { } loan && loan.CheckOut <= at ? loan : null;

        /// <summary>
        /// One run's file judged: <paramref name="selected"/> are the lines it must hold (a count a loan, of loans out today),
        /// <paramref name="returned"/> the lines it may hold about loans returned since (the overdue run's queued notices).
        /// </summary>
        public sealed class Run(PhoneLoans tables, DateTime at, DateOnly? dueDay, Dictionary<(long, long), int> selected, Dictionary<(long, long), int> returned)
        {
            private readonly CatalogueFacts _catalogue = tables._catalogue;

            public (long? Line, string Text)? Judge(ReadOnlySpan<byte> bytes)
            {
                var lines = UploadJudge.Lines(bytes);
                var (wrong, first) = (0, ((long? Line, string Text)?)null);
                var previous = (Patron: long.MinValue, Item: long.MinValue);
                for (var i = 0; i < lines.Count; i++)
                {
                    var line = bytes[lines[i]];
                    if (Why(line, ref previous) is not { } why) continue;
                    wrong++;
                    first ??= (i + 1, $"line {i + 1} {UploadJudge.Quoted(line)} {why}");
                }
                var missing = selected.Where(s => s.Value > 0).Select(s => s.Key).Order().ToList();
                if (first is null && missing.Count == 0) return null;
                var lacks = missing.Count == 0 ? "" : $"the file lacks {Lines(missing.Count)} the run selects, the first patron {missing[0].Item1}'s loan of item {missing[0].Item2}";
                if (first is not { } shown) return (null, lacks);
                return (shown.Line, $"{shown.Text} ({wrong} of {UploadJudge.Counted(lines.Count)} wrong{(lacks.Length > 0 ? "; " + lacks : "")})");
            }

            private static string Lines(int count) => count == 1 ? "1 line" : $"{count} lines";

            private static string Renewals(long count) => count == 1 ? "1 renewal" : $"{count} renewals";

            /// <summary>What is wrong with a line, or null; a line judged takes its place among those the run selects.</summary>
            private string? Why(ReadOnlySpan<byte> line, ref (long Patron, long Item) previous)
            {
                Span<Range> fields = stackalloc Range[Fields];
                if (!Split(line, fields)) return $"is not {Fields} fields separated by |";
                for (var i = 5; i <= 8; i++)
                    if (!line[fields[i]].IsEmpty) return "has a value in fields 6 to 9, which the run leaves empty";
                if (Number(line[fields[0]]) is not { } patron || Number(line[fields[4]]) is not { } item)
                    return "does not name a patron ID in field 1 and an item ID in field 5";
                if ((patron, item).CompareTo(previous) < 0)
                    return $"comes after patron {previous.Patron}'s item {previous.Item}: the run orders its lines by patron, then item";
                previous = (patron, item);
                if (!tables._barcodes.TryGetValue(patron, out var barcode)) return $"is about patron {patron}, who is not registered for voice or text notices";
                if (!line[fields[12]].SequenceEqual(barcode))
                    return $"ends in patron barcode {UploadJudge.Quoted(line[fields[12]])}, but patron {patron}'s is {UploadJudge.Quoted(barcode)}";
                if (_catalogue.Copies[item] is not { Known: true } copy) return $"is about item {item}, which is not in CircItemRecords";
                if (Hash(line[fields[1]]) != copy.Barcode) return $"has item barcode {UploadJudge.Quoted(line[fields[1]])}, which is not item {item}'s in CircItemRecords";
                if (!Prints(line[fields[10]], copy.Bib)) return $"has bibliographic record {UploadJudge.Quoted(line[fields[10]])}, but item {item}'s is {Shown(copy.Bib)}";
                if (Hash(line[fields[2]]) != _catalogue.Titles[copy.Bib])
                    return $"has title {UploadJudge.Quoted(line[fields[2]])}, which is not record {Shown(copy.Bib)}'s BrowseTitle (a | in it printed as -)";
                if (!Prints(line[fields[11]], copy.RenewalLimit == short.MinValue ? NoNumber : copy.RenewalLimit))
                    return $"has renewal limit {UploadJudge.Quoted(line[fields[11]])}, which is not item {item}'s RenewalLimit in CircItemRecords";
                if (dueDay is not null && copy.JuvenileAudio) return $"is about item {item}, Juvenile Audio (material type {SubmissionQueries.JuvenileAudio}), which the renew run leaves out";
                if (!DateOnly.TryParseExact(Encoding.ASCII.GetString(line[fields[3]]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                    || Number(line[fields[9]]) is not { } renewals)
                    return "does not have a yyyy-MM-dd due date in field 4 and a number of renewals in field 10";
                var key = (patron, item);
                if (tables.Out(key, at) is { } loan)
                {
                    var term = loan.TermAt(at);
                    if (due != DateOnly.FromDateTime(term.DueDate) || renewals != term.Renewals)
                        return $"says due {CsvFormat.Day(due)} after {Renewals(renewals)}, but ItemCheckouts' loan was due {CsvFormat.Day(DateOnly.FromDateTime(term.DueDate))} after {Renewals(term.Renewals)} at the run";
                    return Take(selected, key) ? null : dueDay is { } day
                        ? $"is a loan the run does not select: due {CsvFormat.Day(due)}, not {CsvFormat.Day(day)}, or its line is repeated"
                        : "is one line more than the voice/text notices queued about the loan in the 24 hours before the run";
                }
                if (dueDay is { } selectedDay)
                {
                    if (due != selectedDay) return $"says due {CsvFormat.Day(due)}, but the run selects loans due {CsvFormat.Day(selectedDay)}";
                    if (copy.RenewalLimit != short.MinValue && renewals > copy.RenewalLimit || renewals < 0) return $"has {renewals} renewals, more than item {item}'s limit";
                    // A loan returned since is in no table: it may be selected once.
                    return returned.TryAdd(key, 0) ? null : "repeats a loan the run selects once";
                }
                return Take(returned, key) ? null
                    : "is about a loan no voice/text overdue, reminder, fine or bill notice was queued about in the 24 hours before the run (or one line more than were)";
            }

            /// <summary>The line's fields, when it has exactly as many as <paramref name="fields"/> holds.</summary>
            private static bool Split(ReadOnlySpan<byte> line, Span<Range> fields)
            {
                var (count, start) = (0, 0);
                for (var i = 0; i <= line.Length; i++)
                {
                    if (i < line.Length && line[i] != '|') continue;
                    if (count == fields.Length) return false;
                    fields[count++] = start..i;
                    start = i + 1;
                }
                return count == fields.Length;
            }

            private static bool Take(Dictionary<(long, long), int> counts, (long, long) key)
            {
                if (counts.GetValueOrDefault(key) <= 0) return false;
                counts[key]--;
                return true;
            }

            private static long? Number(ReadOnlySpan<byte> text) =>
                Utf8Parser.TryParse(text, out long number, out var used) && used == text.Length && !text.IsEmpty ? number : null;

            private static bool Prints(ReadOnlySpan<byte> text, int number) =>
                number == NoNumber ? text.SequenceEqual("NULL"u8) : Number(text) == number;

            private static string Shown(int number) => number == NoNumber ? "NULL" : number.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Values by a table's ID. IDs are dense runs, so they go into pages of an array; an ID far past the rows read so
    /// far (a hostile file's) goes into a dictionary instead, so no value can make the pages huge. The default value is "no row".
    /// </summary>
    private sealed class IdTable<T> where T : struct
    {
        private const int PageShift = 16;
        private const int PageSize = 1 << PageShift;

        /// <summary>Pages allowed beyond twice those the rows read so far fill.</summary>
        private const int SparePages = 64;

        private readonly List<T[]?> _pages = [];
        private readonly Dictionary<long, T> _far = [];
        private long _rows;

        public void Set(long id, T value)
        {
            _rows++;
            var page = id >> PageShift;
            if (id < 0 || page >= 2 * (_rows >> PageShift) + SparePages)
            {
                _far[id] = value;
                return;
            }
            while (_pages.Count <= page) _pages.Add(null);
            (_pages[(int)page] ??= new T[PageSize])[id & (PageSize - 1)] = value;
        }

        public T this[long id] =>
            id >= 0 && (id >> PageShift) < _pages.Count && _pages[(int)(id >> PageShift)] is { } page
                && !EqualityComparer<T>.Default.Equals(page[id & (PageSize - 1)], default) ? page[id & (PageSize - 1)] : _far.GetValueOrDefault(id);
    }
}
