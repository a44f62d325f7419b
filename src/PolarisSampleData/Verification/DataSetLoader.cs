using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Sqlite;

using PolarisSampleData.Tables;
using PolarisSampleData.Verification.Checks;

using static PolarisSampleData.Sqlite.SqliteCommands;

namespace PolarisSampleData.Verification;

/// <summary>
/// Loads a data set folder into SQLite (see <see cref="LoadedSet"/>), streaming every file, and records
/// what it found instead of stopping at it: a broken file is loaded as far as it reads and its problems
/// become facts in <c>main.Files</c> for the checks to report. Only a folder that cannot be read at all
/// is an error.
/// </summary>
internal static partial class DataSetLoader
{
    /// <summary>The attached databases that hold the files, one per Polaris database.</summary>
    public static readonly IReadOnlyList<string> Databases = ["Polaris", "Results", "PolarisTransactions"];

    /// <summary>The attached database that holds the reference rows polaris-gen writes.</summary>
    public const string Expected = "Expected";

    /// <summary>No real row comes near it; a runaway line (a binary file, say) stops the file here instead of filling memory.</summary>
    private const int MaxRecordBytes = 1 << 20;

    private static readonly string[] HiddenColumns = ["_line", "_fields"];

    /// <summary>
    /// SQLite's largest page, for the databases that hold a set's rows: with its 4 KB default a million
    /// patrons' load, indexing and checks made a system call per small page (a sixth of verify's time).
    /// </summary>
    public const int PageBytes = 65536;

    /// <summary>
    /// Threads SQLite may sort with while it builds a database's indexes: the last database to load builds
    /// its own when the other core is otherwise idle.
    /// </summary>
    private const int IndexSortThreads = 2;

    /// <param name="progress">Told each file as it is loaded, with its rows (the CLI shows it on a terminal).</param>
    /// <param name="plan">
    /// What of the set to keep: null keeps everything (a user's query or a trace may read anything); verify
    /// passes <see cref="LoadPlan.Verify"/>, and a table it keeps no columns of is judged row by row but keeps no rows.
    /// </param>
    /// <param name="judge">
    /// Whether the checks' rules judge the files as they load: a trace or a query reads only the tables, and what the
    /// rules find is verify's alone to report (<see cref="RowProblems"/>, <see cref="LoadedSet.Gathered"/>).
    /// </param>
    public static LoadedSet Load(DataSetFolder folder, DateOnly? today, IProgress<ProgressStep>? progress = null, LoadPlan? plan = null, bool judge = true)
    {
        // Every database is a file in a scratch folder, cached in memory only as far as it fits, so a large
        // set's millions of lines need not be held in memory, and a second
        // connection can open the same set to run checks beside the first.
        var scratch = Directory.CreateTempSubdirectory("polaris-gen-verify-").FullName;
        var connection = new SqliteConnection($"Data Source={Path.Combine(scratch, "main.db")};Pooling=False");
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            Prepare(connection, scratch);
            var day = CsvFormat.Day(today);
            var first = CsvFormat.Day(today?.AddDays(-folder.Scenario.Window.DaysBack));
            Execute(connection, "INSERT INTO main.DataSet VALUES ($folder, $manifest, $asWritten, $today, $first)",
                ("$folder", folder.Path),
                ("$manifest", folder.ManifestState.ToString().ToLowerInvariant()),
                ("$asWritten", folder.ManifestAsWritten),
                ("$today", (object?)day ?? DBNull.Value),
                ("$first", (object?)first ?? DBNull.Value));
            DeclareRoster(connection, folder.Scenario);
            foreach (var layout in Layouts.All) Declare(connection, layout, folder.Scenario);
            return LoadFiles(connection, folder, today, progress, plan, judge, scratch);
        }
        catch
        {
            connection.Dispose();
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the error on its way out is the one to report, not a leftover temporary folder.
            }
            throw;
        }
    }

    /// <summary>
    /// The block of patrons the set's scenario repeats, place by place, as the mix checks compare the set with it: each
    /// place's story, delivery, holds and overdues, whether the holds are ready together and the overdues due together,
    /// and whether the card has lapsed (so the patron is on no Shoutbomb list).
    /// </summary>
    private static void DeclareRoster(SqliteConnection connection, ScenarioSettings scenario)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO main.Roster VALUES ($position, $patron, $delivery, $holds, $overdues, $holdsTogether, $overduesTogether, $lapsed)";
        var parameters = new[] { "$position", "$patron", "$delivery", "$holds", "$overdues", "$holdsTogether", "$overduesTogether", "$lapsed" }
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        foreach (var (story, position) in new Generation.RosterBlock(scenario.Roster).Patrons.Select((s, i) => (s, i)))
        {
            object[] values = [position, story.Letter, (int)story.Delivery, story.Holds, story.Overdues,
                story.HoldTiming == HoldTiming.SameDay, story.DueDateTiming == DueDateTiming.SameDueDate, story.RegistrationExpired];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i];
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Prepare(SqliteConnection connection, string scratch)
    {
        // The files' databases are attached once loaded.
        Execute(connection, $"ATTACH DATABASE $file AS {Expected}", ("$file", Path.Combine(scratch, $"{Expected}.db")));
        Execute(connection, $"PRAGMA {Expected}.journal_mode = OFF; PRAGMA {Expected}.synchronous = OFF;");
        Execute(connection, """
            CREATE TABLE main.DataSet (Folder TEXT, Manifest TEXT, ManifestAsWritten INTEGER, Today TEXT, FirstDay TEXT);
            CREATE TABLE main.Files (File TEXT PRIMARY KEY, TableName TEXT, Known INTEGER, Loaded INTEGER,
                ListedBy TEXT, ManifestSha256 TEXT, Present INTEGER, Sha256 TEXT, Bom INTEGER,
                CarriageReturns INTEGER, ValidUtf8 INTEGER, Fields INTEGER, Rows INTEGER, Error TEXT, ErrorLine INTEGER, Unread INTEGER);
            CREATE TABLE main.Roster (Position INTEGER PRIMARY KEY, Patron TEXT, DeliveryOptionID INTEGER, Holds INTEGER, Overdues INTEGER,
                HoldsTogether INTEGER, OverduesTogether INTEGER, Lapsed INTEGER);
            CREATE TABLE main.Headers (File TEXT, Ordinal INTEGER, Name TEXT);
            CREATE TABLE main.Columns (File TEXT, TableName TEXT, Ordinal INTEGER, Name TEXT, Type TEXT);
            """);
        DefineRegexp(connection);
    }

    /// <summary>
    /// SQLite parses REGEXP but leaves the function to the application: .NET's, with a timeout so no value
    /// can hang a query. No check uses it since formats are judged as files are read; a user's query may.
    /// </summary>
    private static void DefineRegexp(SqliteConnection connection) =>
        connection.CreateFunction<string, object?, bool?>("regexp", (pattern, value) => value is null
            ? null
            : Regex.IsMatch(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            isDeterministic: true);

    /// <summary>The databases a loaded set's main database has attached, in order, each a file <c>{name}.db</c> in the scratch folder.</summary>
    public static IEnumerable<string> Attached => Databases.Append(ShoutbombLoader.Database).Append(Expected);

    /// <summary>Records the declared layout and loads a reference table's real rows (and the scenario's, its branches) into <c>Expected</c>.</summary>
    private static void Declare(SqliteConnection connection, TableLayout layout, ScenarioSettings scenario)
    {
        foreach (var (column, index) in layout.Columns.Select((c, i) => (c, i)))
            Execute(connection, "INSERT INTO main.Columns VALUES ($file, $table, $ordinal, $name, $type)",
                ("$file", layout.FileName), ("$table", layout.SqlName), ("$ordinal", index + 1), ("$name", column.Name), ("$type", column.Type.ToString()));
        if (layout.IsReference)
            LoadCsv(connection, new MemoryStream(Layouts.FixedCsvFor(layout, scenario)), Expected, layout.Name, layout.Columns, layout.Separator, judging: null);
    }

    private static LoadedSet LoadFiles(SqliteConnection connection, DataSetFolder folder, DateOnly? today, IProgress<ProgressStep>? progress,
        LoadPlan? plan, bool judge, string scratch)
    {
        // The tables are the CSV files at the top; files the manifest lists elsewhere (Shoutbomb's) are only looked at.
        var csvFiles = Directory.EnumerateFiles(folder.Path, "*.csv").Select(path => Path.GetFileName(path)).ToHashSet(StringComparer.Ordinal);
        var (listedBy, listed) = Listed(folder);
        var files = csvFiles.Union(listed.Keys).Order(StringComparer.Ordinal).Select(file =>
        {
            // A file named in another case is still the table: SQL names are blind to case.
            var layout = Layouts.All.FirstOrDefault(t => string.Equals(t.FileName, file, StringComparison.OrdinalIgnoreCase));
            return new SetFile(file, layout, csvFiles.Contains(file) ? layout?.SqlName ?? SqlNameOf(file) : null, Inside(folder.Path, file));
        }).ToList();

        // Each database loads into a file of its own on a connection of its own, and the Shoutbomb archive
        // on another, so both cores work; they are attached here once loaded. A file whose rows no check
        // reads (most of a large set's bytes) is judged on a task and into a file of its own, so the
        // databases' chains of files do not leave a core idle at the end.
        // Files that load as no table (the Shoutbomb archive's, 1.3 GB of a million patrons') are only looked
        // at, on a task of their own beside the loads.
        var unloaded = Task.Run(() => files.Where(f => f.Table is null).ToDictionary(f => f.Name, f => LookAt(f.Path)));
        // A table is the first file in name order that names it; a later one is only looked at.
        var owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var repeated = files.Where(f => f.Table is not null && !owners.Add(f.Table)).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var judgedApart = files.Where(f => plan is not null && f is { Layout: not null, Table: not null } && !repeated.Contains(f.Name) && plan.Columns(f.Table) is null).ToList();
        var archive = Path.Combine(scratch, $"{ShoutbombLoader.Database}.db");
        var day = CsvFormat.Day(today);
        var shoutbomb = Task.Run(() => ShoutbombLoader.Load(archive, folder.Path, day, plan?.Archive));
        var judging = new SetJudging(today, folder.Scenario, folder.Shards, plan, judge ? (plan ?? LoadPlan.Verify).Rules : [], new RowProblems());
        var databases = Databases.Select(database => Task.Run(() =>
            LoadDatabase(Path.Combine(scratch, $"{database}.db"), database,
                files.Where(f => f.Table?.StartsWith(database + ".", StringComparison.Ordinal) == true && !judgedApart.Contains(f)), repeated, judging, progress)))
            .Concat(judgedApart.Select(file => Task.Run(() =>
                LoadDatabase(JudgedApart(scratch, file), file.Layout!.Database, [file], repeated, judging, progress))))
            .ToList();
        TaskGroup.WaitAll([.. databases, shoutbomb, unloaded]);

        var loaded = databases.SelectMany(d => d.Result).Concat(unloaded.Result).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // Attached in the order of Attached, Expected last as before, so an unqualified table name means the set's file.
        Execute(connection, $"DETACH DATABASE {Expected}");
        foreach (var database in Attached)
            Execute(connection, $"ATTACH DATABASE $file AS {database}", ("$file", Path.Combine(scratch, $"{database}.db")));
        foreach (var file in judgedApart.Where(f => loaded[f.Name].Load?.Created == true)) MoveIn(connection, JudgedApart(scratch, file), file.Layout!);
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var (facts, load) = loaded[file.Name];
            if (load is { Created: true }) tables.Add(file.Table!);
            Record(connection, file.Name, file.Table, file.Layout, listed.TryGetValue(file.Name, out var sha) ? (listedBy, sha) : null, facts, load);
        }
        var gathered = Conclude(judging, files.Select(f => loaded[f.Name].Load?.Judged ?? []));
        // Applications query the real PolarisTransactions table name; the plan's files say NotificationLogs.
        if (tables.Contains("PolarisTransactions.NotificationLogs"))
            Execute(connection, "CREATE VIEW PolarisTransactions.NotificationLog AS SELECT * FROM PolarisTransactions.NotificationLogs");
        // Statistics let the planner prefer the selective PatronID index over a notice type one; sampled, so cheap.
        Execute(connection, "PRAGMA analysis_limit = 1000; ANALYZE;");
        return new LoadedSet(folder, connection, tables, csvFiles.Count, loaded.Values.Sum(l => l.Load?.Rows ?? 0), scratch) { Gathered = gathered, Problems = judging.Problems };
    }

    /// <summary>The facts of a file that loads as no table, from its bytes; none for a file that is not there.</summary>
    private static (FileFacts? Facts, CsvLoad? Load) LookAt(string? path)
    {
        if (path is null || !File.Exists(path)) return (null, null);
        if (NotRegular(path) is { } unread) return unread;
        return (Scan(path), null);
    }

    /// <summary>A file the set holds or should hold: its layout if polaris-gen writes it, the table it loads as, where it is.</summary>
    private sealed record SetFile(string Name, TableLayout? Layout, string? Table, string? Path);

    /// <summary>Where a file judged apart from its database is loaded: its (empty) table.</summary>
    private static string JudgedApart(string scratch, SetFile file) => Path.Combine(scratch, $"{file.Name}.db");

    /// <summary>Moves a file judged apart into its database: the table it loaded as, with no rows.</summary>
    private static void MoveIn(SqliteConnection connection, string databaseFile, TableLayout layout)
    {
        Execute(connection, "ATTACH DATABASE $file AS Apart", ("$file", databaseFile));
        Execute(connection, $"CREATE TABLE {layout.Database}.{Identifier(layout.Name)} AS SELECT * FROM Apart.{Identifier(layout.Name)}");
        Execute(connection, "DETACH DATABASE Apart");
    }

    /// <summary>
    /// Loads one database's files, in name order, into <paramref name="databaseFile"/>, and indexes their
    /// join keys. A file in <paramref name="repeated"/> names a table an earlier file loads, and is only looked at.
    /// </summary>
    private static Dictionary<string, (FileFacts? Facts, CsvLoad? Load)> LoadDatabase(string databaseFile, string database, IEnumerable<SetFile> files,
        IReadOnlySet<string> repeated, SetJudging judging, IProgress<ProgressStep>? progress)
    {
        using var connection = new SqliteConnection("Data Source=;Pooling=False");
        connection.Open();
        Execute(connection, $"ATTACH DATABASE $file AS {database}", ("$file", databaseFile));
        Execute(connection, $"""
            PRAGMA {database}.page_size = {PageBytes}; PRAGMA {database}.journal_mode = OFF; PRAGMA {database}.synchronous = OFF;
            PRAGMA threads = {IndexSortThreads};
            """);
        var results = new Dictionary<string, (FileFacts?, CsvLoad?)>(StringComparer.Ordinal);
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            progress?.Report(new ProgressStep($"loading {file.Name}"));
            var (facts, load) = NotRegular(file.Path!) ?? (repeated.Contains(file.Name)
                ? (Scan(file.Path!), new CsvLoad([], 0, false, $"names the same table as another file ({file.Table}), so it was not loaded", null, null))
                : LoadFile(connection, file.Path!, file.Table!, file.Layout is { } layout ? new FileJudging(layout, file.Path!, judging) : null));
            if (load.Created) tables.Add(file.Table!);
            results[file.Name] = (facts, load);
            progress?.Report(new ProgressStep($"loaded {file.Name}", load.Rows));
        }
        progress?.Report(new ProgressStep($"indexing {database}'s patrons"));
        IndexPatrons(connection, tables, judging.Plan);
        return results;
    }

    /// <summary>
    /// Indexes what the join checks and traces look rows up by: the patron, in every table that names one.
    /// Where a check reads a patron's rows in bulk (<see cref="LoadPlan.Lookups"/>), the index carries every
    /// column it reads there, so no row is fetched by rowid. Foreign keys are resolved as the files are read
    /// (plan.no-orphans' rule), so no other column needs an index (item and record indexes cost more of the
    /// load than any check saved).
    /// </summary>
    private static void IndexPatrons(SqliteConnection connection, IReadOnlySet<string> tables, LoadPlan? plan)
    {
        bool Kept(string table, string column) => tables.Contains(table) && (plan is null || plan.Columns(table)?.Contains(column) == true);
        // Everything loaded (a trace, a user's query) is indexed as verify's checks probe it.
        var covering = (plan ?? LoadPlan.Verify).Lookups.Where(i => i.Columns.All(c => Kept(i.Table, c)))
            .Select(i => (i.Table, i.Columns)).ToList();
        var patrons = Relationships.ForeignKeys.Where(k => k.ReferencedTable == Relationships.Patrons).Select(k => (k.Table, k.Column))
            .Append((Relationships.Patrons, "PatronID"))
            .Where(p => Kept(p.Item1, p.Item2) && !covering.Any(c => c.Table == p.Item1))
            .Select(p => (Table: p.Item1, Columns: (IReadOnlyList<string>)[p.Item2]))
            .Concat(covering);
        foreach (var (table, columns) in patrons)
        {
            var layout = Layouts.Get(table);
            Execute(connection, $"CREATE INDEX IF NOT EXISTS {layout.Database}.{Identifier($"{layout.Name}_{columns[0]}")} " +
                $"ON {Identifier(layout.Name)} ({string.Join(", ", columns.Select(Identifier))})");
        }
    }

    /// <summary>The full path of a file the set names, or null when the name leads out of the folder.</summary>
    private static string? Inside(string folder, string name)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        return path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>The files the set should hold: manifest.json's list, or without a readable manifest the tables polaris-gen writes.</summary>
    private static (string ListedBy, Dictionary<string, string?> Files) Listed(DataSetFolder folder)
    {
        var files = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (folder.Manifest is { } manifest)
        {
            foreach (var file in manifest.Files) files.TryAdd(file.Name, file.Sha256);
            return (Manifest.FileName, files);
        }
        foreach (var layout in Layouts.All) files.TryAdd(layout.FileName, null);
        return ("polaris-gen's layout", files);
    }

    /// <summary><c>Results.HoldNotices</c> for <c>Results.Polaris.HoldNotices.csv</c>; null for a name that is not an export's.</summary>
    private static string? SqlNameOf(string file) =>
        ExportName().Match(file) is { Success: true } m ? $"{m.Groups["database"].Value}.{m.Groups["table"].Value}" : null;

    [GeneratedRegex(@"^(?<database>Polaris|Results|PolarisTransactions)\.Polaris\.(?<table>[A-Za-z0-9_]+)\.csv\z")]
    private static partial Regex ExportName();

    /// <summary>Loads a file, learning its byte-level facts from the same read.</summary>
    private static (FileFacts Facts, CsvLoad Load) LoadFile(SqliteConnection connection, string path, string table, FileJudging? judging)
    {
        try
        {
            using var scan = new FileScan();
            using var stream = new ScannedStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), scan);
            var dot = table.IndexOf('.');
            var load = LoadCsv(connection, stream, table[..dot], table[(dot + 1)..], judging?.Layout.Columns, judging?.Layout.Separator ?? '\t', judging);
            // A load that stopped early (a broken line) left the rest unread.
            stream.CopyTo(Stream.Null);
            return (scan.Facts(), load);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
    }

    /// <summary>
    /// What loading one file gave: its header, the rows read, why it stopped early if it did (or, when
    /// <see cref="Unread"/>, why it was not opened at all), and its judge.
    /// </summary>
    private sealed record CsvLoad(IReadOnlyList<string> Header, long Rows, bool Created, string? Error, long? ErrorLine,
        IReadOnlyList<(RowRule Rule, FileJudge Judge)>? Judged)
    {
        public bool Unread { get; init; }
    }

    /// <summary>
    /// A file that is not to be opened, with why (a FIFO would block verify, a device would never end):
    /// present, its bytes unknown, loaded as nothing, reported by files.readable. Null for a regular file.
    /// </summary>
    private static (FileFacts Facts, CsvLoad Load)? NotRegular(string path) =>
        RegularFile.WhyNot(path) is { } why ? (FileFacts.Unread, new CsvLoad([], 0, false, why, null, null) { Unread = true }) : null;

    /// <summary>
    /// How the set's files are judged as they load: against its today, scenario and shards, by <paramref name="Rules"/>
    /// (the plan's; with everything kept, every check's; none for a trace or a query), keeping what
    /// <paramref name="Plan"/> names (null keeps everything), into one record of what they find.
    /// </summary>
    private sealed record SetJudging(DateOnly? Today, ScenarioSettings Scenario, Shards Shards, LoadPlan? Plan, IReadOnlyList<RowRule> Rules, RowProblems Problems);

    /// <summary>A file of polaris-gen's, judged row by row as it loads: its layout and path, and the set's judging.</summary>
    private sealed record FileJudging(TableLayout Layout, string Path, SetJudging Set)
    {
        public IReadOnlyList<RowRule> Rules => Set.Rules;

        public LoadPlan? Plan => Set.Plan;
    }

    /// <summary>
    /// Streams a CSV into <c>schema.table</c>: the declared columns (or, for a file polaris-gen does not
    /// write, its own header's) filled by header name, so a file with columns in another order still loads
    /// right and only its header check fails. Empty fields are NULL. A file of polaris-gen's is judged row
    /// by row by the plan's rules (<see cref="RowRule"/>, problems to <see cref="RowProblems"/>) and keeps only the columns
    /// its <see cref="FileJudging.Plan"/> names, or no rows when it names none, and only the rows the plan reads.
    /// </summary>
    private static CsvLoad LoadCsv(SqliteConnection connection, Stream input, string schema, string table, IReadOnlyList<TableColumn>? declared, char separator,
        FileJudging? judging)
    {
        using var reader = OpenCsv(input, separator);
        IReadOnlyList<string> header;
        try
        {
            header = reader.Headers.ToList();
        }
        catch (CsvFormatException e)
        {
            header = [];
            if (declared is null) return new CsvLoad(header, 0, false, OneLine(e), LineOf(e), null);
            Create(connection, schema, table, declared);
            // The empty table is still judged by the rules that judge one (the walk's partner rows then match none).
            var unread = judging is null ? null : Judges(judging, judging.Rules.Where(r => r.JudgesUnreadFiles), header);
            foreach (var (_, judge) in unread ?? []) judge.Finish();
            return new CsvLoad(header, 0, true, OneLine(e), LineOf(e), unread);
        }

        var columns = declared ?? OwnColumns(header);
        if (columns.Count == 0) return new CsvLoad(header, 0, false, null, null, null);
        var source = columns.Select(c => FieldOf(header, c.Name)).ToArray();
        var read = judging?.Plan is { } plan ? plan.Columns($"{schema}.{table}") : columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = Enumerable.Range(0, columns.Count).Where(i => read?.Contains(columns[i].Name) == true).ToArray();
        Create(connection, schema, table, [.. kept.Select(i => columns[i])]);
        var keptFields = kept.Select(i => source[i]).ToArray();
        var keptIntegers = kept.Select(i => columns[i].Type is ColumnType.Integer or ColumnType.Bit).ToArray();
        // A table the checks read only some rows of keeps only those (a missing column is NULL in every row).
        var rowsRead = judging?.Plan?.Rows($"{schema}.{table}");
        var filterField = rowsRead is null ? -1 : FieldOf(header, rowsRead.Column);

        using var transaction = connection.BeginTransaction();
        using var insert = read is null ? null : new PositionalStatement(connection,
            $"INSERT INTO {schema}.{Identifier(table)} VALUES ({string.Join(", ", Enumerable.Repeat("?", kept.Length + HiddenColumns.Length))})");
        var judged = judging is null ? [] : Judges(judging, judging.Rules, header);
        var judges = judged.Select(j => j.Judge).ToArray();
        long rows = 0;
        try
        {
            while (reader.Read())
            {
                foreach (var judge in judges) judge.Judge(reader);
                if (insert is not null && (rowsRead is null || rowsRead.Keeps(filterField >= 0 && filterField < reader.FieldCount ? ValueSet.AsNumber(reader.GetSpan(filterField)) : null)))
                    Insert(reader, insert, keptFields, keptIntegers);
                rows++;
            }
            foreach (var judge in judges) judge.Finish();
            transaction.Commit();
            return new CsvLoad(header, rows, true, null, null, judged);
        }
        catch (CsvFormatException e)
        {
            // Keep what was read: the checks report the rest.
            foreach (var judge in judges) judge.Finish();
            transaction.Commit();
            return new CsvLoad(header, rows, true, OneLine(e), LineOf(e), judged);
        }
    }

    /// <param name="integers">Which of the fields go to INTEGER columns.</param>
    private static void Insert(CsvReader reader, PositionalStatement insert, int[] fields, bool[] integers)
    {
        insert.Bind(1, reader.LineNumber);
        insert.Bind(2, reader.FieldCount);
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i] >= 0 && fields[i] < reader.FieldCount ? reader.GetSpan(fields[i]) : default;
            // A plain integer is bound as the number SQLite would make of its text, which it then need not parse.
            if (integers[i] && Utf8Parser.TryParse(field, out long number, out var used) && used == field.Length) insert.Bind(i + 1 + HiddenColumns.Length, number);
            // Bytes that are not UTF-8 are bound as the reader decodes them (replaced), not stored raw.
            else if (System.Text.Unicode.Utf8.IsValid(field)) insert.Bind(i + 1 + HiddenColumns.Length, field);
            else insert.Bind(i + 1 + HiddenColumns.Length, reader.GetString(fields[i]));
        }
        insert.Execute();
    }

    /// <summary>A reader over the stream, which its caller closes.</summary>
    private static CsvReader OpenCsv(Stream input, char separator) => CsvReader.Create(input, CsvReaderOptions.Default with
    {
        Separator = separator,
        TrackLineNumbers = true,
        // One stray quote must not swallow the rest of the file: every line break ends a record.
        AllowLineBreaksInQuotes = false,
        MaxRecordSize = MaxRecordBytes,
    }, leaveOpen: true);

    /// <summary>The rules' judges of one file, in rule order; a rule with nothing to judge there has none.</summary>
    private static (RowRule Rule, FileJudge Judge)[] Judges(FileJudging judging, IEnumerable<RowRule> rules, IReadOnlyList<string> header)
    {
        var set = judging.Set;
        var file = new FileReading(judging.Layout, judging.Path, header, set.Today, set.Scenario, set.Problems.Record) { Shards = set.Shards };
        return [.. rules.Select(rule => (Rule: rule, Judge: rule.For(file))).Where(j => j.Judge is not null).Select(j => (j.Rule, j.Judge!))];
    }

    /// <summary>
    /// Each rule judges what only the whole set shows, from its judges of every file in name order, and hands over
    /// what it gathered for the checks' walks.
    /// </summary>
    private static Dictionary<RowRule, object> Conclude(SetJudging set, IEnumerable<IReadOnlyList<(RowRule Rule, FileJudge Judge)>> judged)
    {
        var all = judged.SelectMany(j => j).ToList();
        var gathered = new Dictionary<RowRule, object>();
        foreach (var rule in set.Rules)
        {
            IReadOnlyList<FileJudge> judges = [.. all.Where(j => j.Rule == rule).Select(j => j.Judge)];
            rule.Conclude(judges, set.Problems.Record);
            if (rule.Gather(judges) is { } gathering) gathered[rule] = gathering;
        }
        return gathered;
    }

    /// <summary>
    /// Reads a file of the set again, as the load read it: <paramref name="reading"/> is given the header and
    /// returns what to do with each row. For the lines of problems found once the whole set was read.
    /// </summary>
    internal static void ReadAgain(string path, TableLayout layout, Func<IReadOnlyList<string>, Action<CsvReader>> reading)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = OpenCsv(stream, layout.Separator);
            var row = reading(reader.Headers.ToList());
            while (reader.Read()) row(reader);
        }
        catch (CsvFormatException)
        {
            // The load read no further either, and files.readable reports where it stopped.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
    }

    /// <summary>Where a column's values are in the file: the first header field of that name, or -1.</summary>
    internal static int FieldOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>A foreign file's own columns, as text; unnamed, repeated and reserved names are left out.</summary>
    private static List<TableColumn> OwnColumns(IReadOnlyList<string> header)
    {
        var seen = new HashSet<string>(HiddenColumns, StringComparer.OrdinalIgnoreCase);
        return header.Where(name => name.Trim().Length > 0 && seen.Add(name)).Select(TableColumn.Foreign).ToList();
    }

    private static void Create(SqliteConnection connection, string schema, string table, IReadOnlyList<TableColumn> columns)
    {
        var definitions = HiddenColumns.Select(h => $"{h} INTEGER")
            .Concat(columns.Select(c => $"{Identifier(c.Name)} {(c.Type is ColumnType.Integer or ColumnType.Bit ? "INTEGER" : "TEXT")}"));
        Execute(connection, $"CREATE TABLE {schema}.{Identifier(table)} ({string.Join(", ", definitions)})");
    }

    private static void Record(SqliteConnection connection, string file, string? table, TableLayout? layout, (string By, string? Sha256)? listed, FileFacts? facts, CsvLoad? load)
    {
        Execute(connection, """
            INSERT INTO main.Files VALUES ($file, $table, $known, $loaded, $listedBy, $manifestSha256, $present, $sha256, $bom,
                $carriageReturns, $validUtf8, $fields, $rows, $error, $errorLine, $unread)
            """,
            ("$file", file), ("$table", table), ("$known", layout is not null), ("$loaded", load?.Created ?? false),
            ("$listedBy", listed?.By), ("$manifestSha256", listed?.Sha256), ("$present", facts is not null),
            ("$sha256", facts?.Sha256), ("$bom", facts?.Bom), ("$carriageReturns", facts?.CarriageReturns), ("$validUtf8", facts?.ValidUtf8),
            ("$fields", load?.Header.Count), ("$rows", load?.Rows), ("$error", load?.Error), ("$errorLine", load?.ErrorLine),
            ("$unread", load?.Unread ?? false));
        foreach (var (name, index) in (load?.Header ?? []).Select((h, i) => (h, i)))
            Execute(connection, "INSERT INTO main.Headers VALUES ($file, $ordinal, $name)", ("$file", file), ("$ordinal", index + 1), ("$name", name));
    }

    private static FileFacts Scan(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return FileScan.Of(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
    }

    private static DataSetException Unreadable(string path, Exception e) =>
        new($"cannot read '{path}': {e.Message} Fix: make the file readable, or move it out of the folder.", e);

    private static string OneLine(Exception e) => string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static long? LineOf(CsvFormatException e) => e.LineNumber > 0 ? e.LineNumber : null;

}
