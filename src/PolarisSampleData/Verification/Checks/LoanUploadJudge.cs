using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Scheduling;
using PolarisSampleData.Shoutbomb;

using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// shoutbomb.uploads for the renew and overdue runs, whose lines are loans (see the reference README's table of kinds).
/// Every line is judged against the tables: the patron is registered for voice or text and the barcode is theirs; the
/// copy, its barcode, title, bibliographic record and renewal limit are CircItemRecords' and BibliographicRecords';
/// the lines come in patron order, then item order. A loan still out today (an ItemCheckouts row) is judged whole:
/// its due date and renewals at the run, and whether the run selects it; every such loan the run selects must have
/// its line. A loan returned since is in no table, so its line is judged by what the run requires of it: due on
/// the day the renew run looks ahead to (once), or about a voice/text notice queued in the overdue run's 24 hours.
/// </summary>
internal static class LoanUploadJudge
{
    private const string Items = "Polaris.CircItemRecords";
    private const string Titles = "Polaris.BibliographicRecords";

    /// <summary>The fields of a renew or overdue line; fields 6 to 9 are always empty.</summary>
    private const int Fields = 13;

    private static readonly Gathering Facts = new();

    /// <summary>
    /// Judged by a walk over what <see cref="Gathering"/> keeps of the tables as their files are read: verify keeps no
    /// rows of most of them, and a loan gathered as its file is read costs a fraction of one read back from SQLite.
    /// </summary>
    public static CheckQuery Loans { get; } = new(
        [Read(Registration), Read(Patrons), Read(Items), Read(Titles), Read(Checkouts), Read(Queue)], "",
        Walk: Judge, Gathers: Facts);

    private static IEnumerable<Problem> Judge(LoadedSet set, string sql)
    {
        var facts = (UploadFacts)set.Gathered[Facts];
        var renew = ShoutbombArchive.KindName(ShoutbombKind.Renew);
        var runDays = UploadJudge.Uploads(set.Folder.Path, renew).Select(u => u.RunAt).OfType<DateTime>().Where(UploadJudge.IsRunTime).Select(DateOnly.FromDateTime).ToList();
        var loans = new PhoneLoans(facts, runDays);
        return UploadJudge.EachRun(set.Folder.Path, renew, (at, bytes) => loans.RenewRun(at).Judge(bytes))
            .Concat(UploadJudge.EachRun(set.Folder.Path, ShoutbombArchive.KindName(ShoutbombKind.Overdue), (at, bytes) => loans.OverdueRun(at).Judge(bytes)));
    }

    /// <summary>A copy as the runs print it; <see cref="Known"/> is false for an ID CircItemRecords does not hold.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private readonly record struct Copy(uint Barcode, int Bib, short RenewalLimit, byte LoanDays, bool JuvenileAudio)
    {
        public bool Known => LoanDays > 0;
    }

    /// <summary>A voice/text notice queued about a loan, of a type the overdue run selects.</summary>
    private readonly record struct Queued(int Patron, int Item, long Milliseconds);

    /// <summary>
    /// An ItemCheckouts row, a loan still out today, in 17 bytes: the checkout in whole seconds since 2000 (rounded up, so
    /// a run in its second does not count it out), the day it is due (at the day's end, as Polaris dues loans).
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private readonly record struct Checkout(int Patron, int Item, int CheckOutSeconds, int DueDay, byte Renewals) : IComparable<Checkout>
    {
        private static readonly DateTime Epoch = new(2000, 1, 1);

        public DateTime CheckOutDate => Epoch.AddSeconds(CheckOutSeconds);

        public DateTime DueDate => ActivityWindow.EndOfDay(DateOnly.FromDayNumber(DueDay));

        public int CompareTo(Checkout other) => (Patron, Item).CompareTo((other.Patron, other.Item));

        /// <summary>
        /// The row as a checkout, or null for values no run's loan has (a checkout outside 2000-2068, more than 255
        /// renewals): values.types and dates.window report those, and the line about it is judged as of a returned loan.
        /// </summary>
        public static Checkout? Of(int patron, int item, long checkOutMilliseconds, long dueMilliseconds, long renewals)
        {
            var seconds = (checkOutMilliseconds - Epoch.Ticks / TimeSpan.TicksPerMillisecond + 999) / 1000;
            return seconds is >= 0 and <= int.MaxValue && renewals is >= 0 and <= byte.MaxValue
                ? new Checkout(patron, item, (int)seconds, DateOnly.FromDateTime(new DateTime(dueMilliseconds * TimeSpan.TicksPerMillisecond)).DayNumber, (byte)renewals)
                : null;
        }
    }

    /// <summary>
    /// What the runs read of the tables, gathered as the files are read: copies, titles and patrons' barcodes by ID, the
    /// phone notices by time, the phone patrons' loans by patron and item.
    /// </summary>
    private sealed record UploadFacts(IdTable<Copy> Copies, IdTable<uint> Titles, IdTable<uint> PhonePatrons, List<Queued> Queued, Checkout[] Checkouts);

    /// <summary>
    /// Gathers each copy and title (barcode and title as hashes of the text the runs print), each phone patron's
    /// barcode likewise, their loans still out, and the voice/text notices queued about loans: at a million patrons
    /// some 120 MB, where the rows themselves would be gigabytes.
    /// </summary>
    private sealed class Gathering : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            if (file.Is(Items))
                return Indexes(file, "ItemRecordID", "Barcode", "AssociatedBibRecordID", "RenewalLimit", "LoanPeriodCodeID", "MaterialTypeID") is { } copy ? new CopyReading(file, copy) : null;
            if (file.Is(Titles))
                return Indexes(file, "BibliographicRecordID", "BrowseTitle") is { } title ? new HashReading(file, title, isTitle: true) : null;
            if (file.Is(Patrons))
                return Indexes(file, "PatronID", "Barcode") is { } patron ? new HashReading(file, patron, isTitle: false) : null;
            if (file.Is(Registration))
                return Indexes(file, "PatronID", "DeliveryOptionID") is { } registration ? new PhonePatronReading(file, registration) : null;
            if (file.Is(Checkouts))
                return Indexes(file, "PatronID", "ItemRecordID", "CheckOutDate", "DueDate", "Renewals") is { } loan ? new CheckoutReading(file, loan) : null;
            if (file.Is(Queue))
                return Indexes(file, "PatronID", "ItemRecordID", "NotificationTypeID", "DeliveryOptionID", "CreationDate") is { } queued ? new QueueReading(file, queued) : null;
            return null;
        }

        /// <summary>The gathered facts, of the patrons and loans only the phone patrons' (some third of them), sorted for the walk's searches.</summary>
        public override object? Gather(IReadOnlyList<FileJudge> judges)
        {
            T? Of<T>() where T : FileJudge => judges.OfType<T>().FirstOrDefault();
            var queued = Of<QueueReading>()?.Queued ?? [];
            CollectionsMarshal.AsSpan(queued).Sort((a, b) => a.Milliseconds.CompareTo(b.Milliseconds));
            var phone = Of<PhonePatronReading>()?.Patrons ?? new ValueSet();
            var barcodes = judges.OfType<HashReading>().FirstOrDefault(j => j.File.Is(Patrons))?.Hashes ?? new IdTable<uint>();
            var phonePatrons = new IdTable<uint>();
            foreach (var patron in phone.Numbers()) phonePatrons.Set(patron, barcodes[patron] is not 0 and var barcode ? barcode : Printed([], isTitle: false));
            Checkout[] checkouts = [.. (Of<CheckoutReading>()?.Checkouts ?? []).Where(c => phone.Contains(c.Patron))];
            Array.Sort(checkouts);
            return new UploadFacts(Of<CopyReading>()?.Copies ?? new(), judges.OfType<HashReading>().FirstOrDefault(j => j.File.Is(Titles))?.Hashes ?? new(),
                phonePatrons, queued, checkouts);
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
                    Printed(File.Field(reader, columns[1]), isTitle: false),
                    ValueSet.AsNumber(File.Field(reader, columns[2])) is >= int.MinValue + 1 and <= int.MaxValue and var bib ? (int)bib : NoNumber,
                    ValueSet.AsNumber(File.Field(reader, columns[3])) is > short.MinValue and <= short.MaxValue and var limit ? (short)limit : short.MinValue,
                    (byte)Item.LoanDaysFor(loanPeriod is >= int.MinValue and <= int.MaxValue ? (int)loanPeriod : 0),
                    ValueSet.AsNumber(File.Field(reader, columns[5])) == SubmissionQueries.JuvenileAudio));
            }
        }

        /// <summary>A text column by ID, as the hash of what the runs print of it: titles, and patrons' barcodes.</summary>
        private sealed class HashReading(FileReading file, int[] columns, bool isTitle) : FileJudge(file)
        {
            public IdTable<uint> Hashes { get; } = new();

            public override void Judge(CsvReader reader)
            {
                if (ValueSet.AsNumber(File.Field(reader, columns[0])) is { } id) Hashes.Set(id, Printed(File.Field(reader, columns[1]), isTitle));
            }
        }

        /// <summary>The patrons registered for voice or text, whose loans the runs select.</summary>
        private sealed class PhonePatronReading(FileReading file, int[] columns) : FileJudge(file)
        {
            public ValueSet Patrons { get; } = new();

            public override void Judge(CsvReader reader)
            {
                if (IsPhone(ValueSet.AsNumber(File.Field(reader, columns[1])))) Patrons.Add(File.Field(reader, columns[0]));
            }
        }

        private sealed class CheckoutReading(FileReading file, int[] columns) : FileJudge(file)
        {
            public List<Checkout> Checkouts { get; } = [];

            public override void Judge(CsvReader reader)
            {
                if (Id(File.Field(reader, columns[0])) is { } patron && Id(File.Field(reader, columns[1])) is { } item
                    && ValueTypes.Milliseconds(File.Field(reader, columns[2])) is { } checkOut && ValueTypes.Milliseconds(File.Field(reader, columns[3])) is { } due
                    && ValueSet.AsNumber(File.Field(reader, columns[4])) is { } renewals && Checkout.Of(patron, item, checkOut, due, renewals) is { } loan)
                    Checkouts.Add(loan);
            }
        }

        private sealed class QueueReading(FileReading file, int[] columns) : FileJudge(file)
        {
            private static readonly HashSet<long> Types = [.. SubmissionQueries.OverdueFileTypes.Select(t => (long)t)];

            public List<Queued> Queued { get; } = [];

            public override void Judge(CsvReader reader)
            {
                if (IsPhone(ValueSet.AsNumber(File.Field(reader, columns[3])))
                    && ValueSet.AsNumber(File.Field(reader, columns[2])) is { } type && Types.Contains(type)
                    && Id(File.Field(reader, columns[0])) is { } patron && Id(File.Field(reader, columns[1])) is { } item
                    && ValueTypes.Milliseconds(File.Field(reader, columns[4])) is { } queuedAt)
                    Queued.Add(new Queued(patron, item, queuedAt));
            }
        }

        private static bool IsPhone(long? option) => option is { } number && ((DeliveryOption)number).IsPhone();
    }

    /// <summary>An ID as the runs' tables hold one: a whole number from 0 to int's largest (no other is a row the runs find).</summary>
    private static int? Id(ReadOnlySpan<byte> utf8) => ValueSet.AsNumber(utf8) is >= 0 and <= int.MaxValue and var id ? (int)id : null;

    /// <summary>A number a table left NULL or that is not one: the line must say NULL there.</summary>
    private const int NoNumber = int.MinValue;

    /// <summary>
    /// The hash of a value as the runs print it: NULL as the word, a title's <c>|</c> as <c>-</c>, in the uploads'
    /// Windows-1252 (never 0, which <see cref="IdTable{T}"/> reads as no row). Nearly every value is ASCII, as is.
    /// </summary>
    private static uint Printed(ReadOnlySpan<byte> utf8, bool isTitle)
    {
        if (utf8.IsEmpty) return Hash("NULL"u8);
        if (System.Text.Ascii.IsValid(utf8) && !(isTitle && utf8.Contains((byte)'|'))) return Hash(utf8);
        var text = Encoding.UTF8.GetString(utf8);
        return Hash(ShoutbombArchive.SubmissionEncoding.GetBytes(isTitle ? text.Replace('|', '-') : text));
    }

    /// <summary>FNV-1a: the values are short, and a wrong one differs from the right one in a way no collision hides in practice.</summary>
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return hash | 1;
    }

    /// <summary>
    /// The phone patrons' loans still out, each also under every day it was due on (a renewal moves the due date on),
    /// for the days a renew run in the archive looks ahead to, so a run finds the loans it selects by day.
    /// </summary>
    private sealed class PhoneLoans
    {
        private readonly UploadFacts _facts;
        private readonly DueOn[] _dueOn;

        /// <summary>A loan (its index in the gathered checkouts) falling due on a day after <see cref="Renewals"/> renewals.</summary>
        private readonly record struct DueOn(int Day, int Loan, int Renewals);

        public PhoneLoans(UploadFacts facts, IReadOnlyCollection<DateOnly> renewRunDays)
        {
            _facts = facts;
            var looked = renewRunDays.Select(d => d.AddDays(SubmissionQueries.RenewDaysAhead).DayNumber).ToHashSet();
            var dueOn = new List<DueOn>();
            for (var i = 0; i < facts.Checkouts.Length; i++)
            {
                var loan = facts.Checkouts[i];
                for (var renewal = 0; renewal <= loan.Renewals; renewal++)
                {
                    var due = renewal == loan.Renewals ? loan.DueDate : Domain.Loan.DueAfter(loan.CheckOutDate, LoanDays(loan), renewal);
                    if (looked.Contains(DateOnly.FromDateTime(due).DayNumber)) dueOn.Add(new DueOn(DateOnly.FromDateTime(due).DayNumber, i, renewal));
                }
            }
            _dueOn = [.. dueOn];
            Array.Sort(_dueOn, (a, b) => a.Day.CompareTo(b.Day));
        }

        private int LoanDays(Checkout loan) => _facts.Copies[loan.Item] is { Known: true } copy ? copy.LoanDays : Item.LoanDaysFor(0);

        private (DateTime DueDate, int Renewals) TermAt(Checkout loan, DateTime moment) =>
            Domain.Loan.TermAt(loan.CheckOutDate, LoanDays(loan), loan.Renewals, loan.DueDate, moment);

        /// <summary>The renew run at <paramref name="at"/>: the loans out then whose due date in force falls on the day it looks ahead to.</summary>
        public Run RenewRun(DateTime at)
        {
            var day = DateOnly.FromDateTime(at).AddDays(SubmissionQueries.RenewDaysAhead);
            var selected = new List<(long, long)>();
            for (var i = PartitionPoint(_dueOn, d => d.Day < day.DayNumber); i < _dueOn.Length && _dueOn[i].Day == day.DayNumber; i++)
            {
                var loan = _facts.Checkouts[_dueOn[i].Loan];
                if (loan.CheckOutDate <= at && TermAt(loan, at).Renewals == _dueOn[i].Renewals && !_facts.Copies[loan.Item].JuvenileAudio)
                    selected.Add((loan.Patron, loan.Item));
            }
            return new Run(this, at, day, Counts(selected), queuedReturned: null);
        }

        /// <summary>The overdue run at <paramref name="at"/>: a line a voice/text notice queued in the 24 hours before it, about a loan out then.</summary>
        public Run OverdueRun(DateTime at)
        {
            var (from, until) = ((at - SubmissionQueries.OverdueLookBack).Ticks / TimeSpan.TicksPerMillisecond, at.Ticks / TimeSpan.TicksPerMillisecond);
            ReadOnlySpan<Queued> queued = CollectionsMarshal.AsSpan(_facts.Queued);
            var (known, returned) = (new List<(long, long)>(), new List<(long, long)>());
            for (var i = PartitionPoint(queued, q => q.Milliseconds <= from); i < queued.Length && queued[i].Milliseconds <= until; i++)
            {
                var key = ((long)queued[i].Patron, (long)queued[i].Item);
                (Out(key, at) is not null ? known : returned).Add(key);
            }
            return new Run(this, at, null, Counts(known), Counts(returned));
        }

        /// <summary>The index of the first element of a sorted span that <paramref name="before"/> does not hold for.</summary>
        private static int PartitionPoint<T>(ReadOnlySpan<T> sorted, Func<T, bool> before)
        {
            var (low, high) = (0, sorted.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (before(sorted[middle])) low = middle + 1;
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
        private Checkout? Out((long Patron, long Item) key, DateTime at)
        {
            if (key.Patron > int.MaxValue || key.Item > int.MaxValue) return null;
            var index = Array.BinarySearch(_facts.Checkouts, new Checkout((int)key.Patron, (int)key.Item, 0, 0, 0));
            return index >= 0 && _facts.Checkouts[index].CheckOutDate <= at ? _facts.Checkouts[index] : null;
        }

        /// <summary>
        /// One run's file, judged once: <paramref name="selected"/> counts the lines it must hold about loans still out,
        /// <paramref name="queuedReturned"/> (the overdue run's) those it may hold about loans returned since; each line
        /// judged takes its count.
        /// </summary>
        public sealed class Run(PhoneLoans loans, DateTime at, DateOnly? dueDay, Dictionary<(long, long), int> selected, Dictionary<(long, long), int>? queuedReturned)
        {
            private readonly UploadFacts _facts = loans._facts;

            /// <summary>A renew run selects a loan returned since once: the lines it has taken.</summary>
            private readonly HashSet<(long, long)> _renewReturned = [];

            public (long? Line, string Text)? Judge(ReadOnlySpan<byte> bytes)
            {
                var (lines, wrong, first) = (0, 0, ((long? Line, string Text)?)null);
                var previous = (Patron: long.MinValue, Item: long.MinValue);
                foreach (var line in UploadJudge.Lines(bytes))
                {
                    lines++;
                    if (Why(line, ref previous) is not { } why) continue;
                    wrong++;
                    first ??= (lines, $"line {lines} {UploadJudge.Quoted(line)} {why}");
                }
                var missing = selected.Where(s => s.Value > 0).Select(s => s.Key).Order().ToList();
                if (first is null && missing.Count == 0) return null;
                var lacks = missing.Count == 0 ? "" : $"the file lacks {UploadJudge.Counted(missing.Count)} the run selects, the first patron {missing[0].Item1}'s loan of item {missing[0].Item2}";
                if (first is not { } shown) return (null, lacks);
                return (shown.Line, $"{shown.Text} ({wrong} of {UploadJudge.Counted(lines)} wrong{(lacks.Length > 0 ? "; " + lacks : "")})");
            }

            private static string Renewals(long count) => count == 1 ? "1 renewal" : $"{count} renewals";

            /// <summary>What is wrong with a line, or null.</summary>
            private string? Why(ReadOnlySpan<byte> line, ref (long Patron, long Item) previous)
            {
                Span<Range> fields = stackalloc Range[Fields];
                if (!Split(line, fields)) return $"is not {Fields} fields separated by |";
                for (var i = 5; i <= 8; i++)
                    if (!line[fields[i]].IsEmpty) return "has a value in fields 6 to 9, which the run leaves empty";
                if (Number(line[fields[0]]) is not { } patron || Number(line[fields[4]]) is not { } item)
                    return "does not name a patron ID in field 1 and an item ID in field 5";
                if ((patron, item).CompareTo(previous) < 0)
                    return $"comes after patron {previous.Patron}'s item {previous.Item}: the runs order their lines by patron, then item";
                previous = (patron, item);
                if (_facts.PhonePatrons[patron] is not (not 0 and var barcode)) return $"is about patron {patron}, who is not registered for voice or text notices";
                if (Hash(line[fields[12]]) != barcode)
                    return $"ends in patron barcode {UploadJudge.Quoted(line[fields[12]])}, which is not patron {patron}'s in Patrons";
                if (_facts.Copies[item] is not { Known: true } copy) return $"is about item {item}, which is not in CircItemRecords";
                if (Hash(line[fields[1]]) != copy.Barcode) return $"has item barcode {UploadJudge.Quoted(line[fields[1]])}, which is not item {item}'s in CircItemRecords";
                if (!Prints(line[fields[10]], copy.Bib)) return $"has bibliographic record {UploadJudge.Quoted(line[fields[10]])}, but item {item}'s is {Shown(copy.Bib)}";
                if (Hash(line[fields[2]]) != _facts.Titles[copy.Bib])
                    return $"has title {UploadJudge.Quoted(line[fields[2]])}, which is not record {Shown(copy.Bib)}'s BrowseTitle (a | in it printed as -)";
                var limit = copy.RenewalLimit == short.MinValue ? NoNumber : copy.RenewalLimit;
                if (!Prints(line[fields[11]], limit))
                    return $"has renewal limit {UploadJudge.Quoted(line[fields[11]])}, which is not item {item}'s RenewalLimit in CircItemRecords";
                if (dueDay is not null && copy.JuvenileAudio) return $"is about item {item}, Juvenile Audio (material type {SubmissionQueries.JuvenileAudio}), which the renew run leaves out";
                var due = line[fields[3]];
                if (due.Length != 10 || !ValueTypes.ReadsAsDate(due, out _, out _) || Number(line[fields[9]]) is not { } renewals)
                    return "does not have a yyyy-MM-dd due date in field 4 and a number of renewals in field 10";
                if (renewals < 0 || limit != NoNumber && renewals > limit) return $"has {Renewals(renewals)}, outside item {item}'s limit of 0 to {Shown(limit)}";
                var key = (patron, item);
                if (loans.Out(key, at) is { } loan)
                {
                    var term = loans.TermAt(loan, at);
                    if (!IsDay(due, DateOnly.FromDateTime(term.DueDate)) || renewals != term.Renewals)
                        return $"says due {Encoding.ASCII.GetString(due)} after {Renewals(renewals)}, but ItemCheckouts' loan was due {CsvFormat.Day(DateOnly.FromDateTime(term.DueDate))} after {Renewals(term.Renewals)} at the run";
                    return Take(selected, key) ? null : dueDay is { } day
                        ? $"is a loan the run does not select: due {Encoding.ASCII.GetString(due)}, not {CsvFormat.Day(day)}, or its line is repeated"
                        : "is one line more than the voice/text notices queued about the loan in the 24 hours before the run";
                }
                if (dueDay is { } selectedDay)
                    return !IsDay(due, selectedDay) ? $"says due {Encoding.ASCII.GetString(due)}, but the run selects loans due {CsvFormat.Day(selectedDay)}"
                        : _renewReturned.Add(key) ? null : "repeats a loan the run selects once";
                return Take(queuedReturned!, key) ? null
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

            /// <summary>Whether a field is the day as the runs print it (<c>2025-11-07</c>), compared without parsing it.</summary>
            private static bool IsDay(ReadOnlySpan<byte> field, DateOnly day)
            {
                Span<byte> printed = stackalloc byte[10];
                return day.TryFormat(printed, out var written, CsvFormat.DayFormat, CultureInfo.InvariantCulture) && field.SequenceEqual(printed[..written]);
            }

            private static bool Take(Dictionary<(long, long), int> counts, (long, long) key)
            {
                if (counts.GetValueOrDefault(key) <= 0) return false;
                counts[key]--;
                return true;
            }

            /// <summary>A number as sqlcmd prints one (no sign but a minus, no leading zero), or null: <c>0100002</c> is not patron 100002.</summary>
            private static long? Number(ReadOnlySpan<byte> text)
            {
                if (!Utf8Parser.TryParse(text, out long number, out var used) || used != text.Length) return null;
                Span<byte> printed = stackalloc byte[20];
                return Utf8Formatter.TryFormat(number, printed, out var written) && text.SequenceEqual(printed[..written]) ? number : null;
            }

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
