using System.Globalization;
using System.Text;
using CsvHelper;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Scheduling;
using PolarisSampleData.Tables;
using static PolarisSampleData.Scheduling.TimeScheduler;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// The plan's window and hourly batches, judged on each date as the files are read, from the generator's
/// own <see cref="ActivityWindow"/> and <see cref="TimeScheduler"/>.
/// </summary>
internal static class DateChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("dates.window", Severity.Fail, $"Every date of current activity is inside the scenario's window: today-{ActivityWindow.PlanDaysBack} days .. today+{ActivityWindow.PlanDaysAhead} days in the plan's.",
            new Window(), Rules.ActivityDates.Where(d => Layouts.Find(d.Table) is not null).Select(d => new Scope(d.Table, d.Column))),
        new("dates.hourly-batches", Severity.Fail, $"Notices leave in the scenario's hourly batches: NoticeDate between hh:01:00 and hh:59:59 for hh {BatchHours.Plan.First:00} to {BatchHours.Plan.Last:00} in the plan's.",
            new Batches(), Rules.BatchTimes.Where(d => Layouts.Find(d.Table) is not null).Select(d => new Scope(d.Table, d.Column))),
        new("dates.in-order", Severity.Fail, "Every row's dates run in order: born before registered, registered before active or expiring, a hold placed before trapped before its last day, a loan out before due.",
            new InOrder(), Rules.DateOrders.Where(d => Layouts.Find(d.Table) is not null).Select(d => new Scope(d.Table, d.Later)).Distinct()),
        new("dates.identity-order", Severity.Fail,
            "IDENTITY values grow with time: within each shard of patrons a set is made in (all of a 25-patron set), a later PatronID was registered, "
            + "a later SysHoldRequestID placed, a later BibliographicRecordID catalogued and a later ItemRecordID first available no earlier than the one before it "
            + "(titles and copies name no patron, so their dates may drop only as often as a new shard starts).",
            new InIdentityOrder(), Rules.IdentityOrders.Where(d => Layouts.Find(d.Table) is not null).Select(d => new Scope(d.Table, d.Date))),
    ];

    private static int[] ColumnsOf(FileReading file, IEnumerable<ActivityDate> dates) =>
        [.. dates.Where(d => file.Is(d.Table)).Select(d => file.IndexOf(d.Column)).Where(i => i >= 0)];

    /// <summary>dates.window, for a set with a today: a datetime's first ten bytes are its day, which sorts as the day does.</summary>
    private sealed class Window : RowRule
    {
        public override FileJudge? For(FileReading file) =>
            file.Today is { } today && ColumnsOf(file, Rules.ActivityDates) is { Length: > 0 } columns
                ? new Judging(file, columns, new ActivityWindow(today, file.Scenario.Window.DaysBack, file.Scenario.Window.DaysAhead)) : null;

        private sealed class Judging(FileReading file, int[] columns, ActivityWindow window) : FileJudge(file)
        {
            private readonly string _first = CsvFormat.Day(window.First);
            private readonly string _last = CsvFormat.Day(window.Today.AddDays(window.DaysAhead));
            private readonly byte[] _firstBytes = Encoding.ASCII.GetBytes(CsvFormat.Day(window.First));
            private readonly byte[] _afterBytes = Encoding.ASCII.GetBytes(CsvFormat.Day(window.Today.AddDays(window.DaysAhead + 1)));

            public override void Judge(CsvReader reader)
            {
                foreach (var column in columns)
                {
                    var field = File.Field(reader, column);
                    if (!ValueTypes.ReadsAsDate(field, out _, out _)) continue;
                    if (field[..10].SequenceCompareTo(_firstBytes) >= 0 && field[..10].SequenceCompareTo(_afterBytes) < 0) continue;
                    var name = File.Layout.Columns[column].Name;
                    File.Report("dates.window", name, reader.LineNumber, File.Key(reader), $"{name} {Encoding.UTF8.GetString(field)} is outside {_first} .. {_last}");
                }
            }
        }
    }

    /// <summary>dates.in-order: a datetime sorts as its text does, so two of a row compare byte by byte.</summary>
    private sealed class InOrder : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            (int Earlier, int Later)[] orders = [.. Rules.DateOrders.Where(d => file.Is(d.Table))
                .Select(d => (file.IndexOf(d.Earlier), file.IndexOf(d.Later))).Where(d => d.Item1 >= 0 && d.Item2 >= 0)];
            return orders.Length == 0 ? null : new Judging(file, orders);
        }

        private sealed class Judging(FileReading file, (int Earlier, int Later)[] orders) : FileJudge(file)
        {
            public override void Judge(CsvReader reader)
            {
                foreach (var (earlier, later) in orders)
                {
                    var first = File.Field(reader, earlier);
                    var second = File.Field(reader, later);
                    if (!ValueTypes.ReadsAsDate(first, out _, out _) || !ValueTypes.ReadsAsDate(second, out _, out _) || first.SequenceCompareTo(second) <= 0) continue;
                    var (firstName, secondName) = (File.Layout.Columns[earlier].Name, File.Layout.Columns[later].Name);
                    File.Report("dates.in-order", secondName, reader.LineNumber, File.Key(reader),
                        $"{secondName} {Encoding.UTF8.GetString(second)} is before {firstName} {Encoding.UTF8.GetString(first)}");
                }
            }
        }
    }

    /// <summary>
    /// dates.identity-order: the file holds its rows in ID order, as generate writes them; each row is compared with the
    /// one before it when both are of one shard's patrons (a shard's IDs follow the last shard's, its dates start over).
    /// </summary>
    private sealed class InIdentityOrder : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            if (Rules.IdentityOrders.FirstOrDefault(o => file.Is(o.Table)) is not { } order) return null;
            var (id, date, patron) = (file.IndexOf(order.Id), file.IndexOf(order.Date), order.Patron is null ? -1 : file.IndexOf(order.Patron));
            if (id < 0 || date < 0 || (order.Patron is not null && patron < 0) || (order.Patron is null && file.Shards.Count is null)) return null;
            return new Judging(file, order, id, date, patron, file.Shards.Count ?? 1);
        }

        /// <param name="patron">The patron column, whose patron's shard a row is of; -1 for a table whose rows name no patron.</param>
        private sealed class Judging(FileReading file, IdentityOrder order, int id, int date, int patron, int shards) : FileJudge(file)
        {
            // The row before, its date copied into a buffer kept for the whole file: a million rows allocate nothing.
            private (long Shard, long Id)? _previous;
            private readonly byte[] _previousDate = new byte[64];
            private int _previousDateLength;

            // Rows that name no patron name no shard: each drop of the date is a shard starting over or an ID out of
            // order; more drops than shards start is the latter, reported at the first drop.
            private int _drops;
            private (long Line, string? Key, string Problem)? _firstDrop;

            public override void Judge(CsvReader reader)
            {
                var rowId = ValueSet.AsNumber(File.Field(reader, id));
                var rowPatron = patron < 0 ? PatronPhase.FirstPatronId : ValueSet.AsNumber(File.Field(reader, patron));
                var rowDate = File.Field(reader, date);
                if (rowId is not { } current || rowPatron is not { } owner || rowDate.Length > _previousDate.Length || !ValueTypes.ReadsAsDate(rowDate, out _, out _))
                {
                    _previous = null;
                    return;
                }
                var shard = (owner - PatronPhase.FirstPatronId) / File.Shards.PatronsPerShard;
                var before = _previousDate.AsSpan(0, _previousDateLength);
                if (_previous is { } last && last.Shard == shard && last.Id < current && rowDate.SequenceCompareTo(before) < 0)
                {
                    var problem = $"{order.Date} {Encoding.UTF8.GetString(rowDate)} is before {Encoding.UTF8.GetString(before)}, the {order.Date} of {order.Id} {last.Id}";
                    if (patron >= 0) File.Report("dates.identity-order", order.Date, reader.LineNumber, File.Key(reader), $"{problem}: a later IDENTITY value came first");
                    else if (_drops++ == 0) _firstDrop = (reader.LineNumber, File.Key(reader), problem);
                }
                _previous = (shard, current);
                rowDate.CopyTo(_previousDate);
                _previousDateLength = rowDate.Length;
            }

            public override void Finish()
            {
                if (_drops > shards - 1 && _firstDrop is var (line, key, problem))
                    File.Report("dates.identity-order", order.Date, line, key,
                        $"{problem}: {_drops} such drops where the set's {shards} shard(s) of patrons start over {shards - 1} time(s), so a later IDENTITY value came first");
            }
        }
    }

    /// <summary>dates.hourly-batches: a notice's time inside hh:01 .. hh:59 of a batch hour.</summary>
    private sealed class Batches : RowRule
    {
        public override FileJudge? For(FileReading file) =>
            ColumnsOf(file, Rules.BatchTimes) is { Length: > 0 } columns ? new Judging(file, columns, file.Scenario.BatchHours.First, file.Scenario.BatchHours.Last) : null;

        private sealed class Judging(FileReading file, int[] columns, int firstBatchHour, int lastBatchHour) : FileJudge(file)
        {
            public override void Judge(CsvReader reader)
            {
                foreach (var column in columns)
                {
                    var field = File.Field(reader, column);
                    if (!ValueTypes.ReadsAsDate(field, out var hour, out var minute) || (hour >= firstBatchHour && hour <= lastBatchHour && minute != 0)) continue;
                    var name = File.Layout.Columns[column].Name;
                    File.Report("dates.hourly-batches", name, reader.LineNumber, File.Key(reader),
                        $"{name} {Encoding.UTF8.GetString(field)} is outside the hourly batches {firstBatchHour:00}:01 .. {lastBatchHour:00}:59");
                }
            }
        }
    }
}
