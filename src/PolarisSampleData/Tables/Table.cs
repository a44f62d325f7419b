using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables;

/// <summary>One Polaris table as a file: its name, its delimiter and how its rows are projected from the world.</summary>
internal interface ITable
{
    /// <summary>The database the table lives in: Polaris, Results or PolarisTransactions.</summary>
    string Database { get; }

    string Name { get; }

    /// <summary>The original export's delimiter: tab for tables, comma for query-result exports.</summary>
    char Separator { get; }

    /// <summary><c>{Database}.Polaris.{Table}.csv</c>, as the original export named it.</summary>
    string FileName => $"{Database}.Polaris.{Name}.csv";

    /// <summary>
    /// The table's name on the server, where it differs from the export's: PolarisTransactions'
    /// <c>NotificationLog</c>, which the plan and its files call <c>NotificationLogs</c>.
    /// </summary>
    string ServerName => Name == "NotificationLogs" ? "NotificationLog" : Name;

    IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Polaris' own reference rows (statuses, codes, types): the same whatever the world holds.</summary>
    bool IsReference { get; }

    /// <summary>
    /// Streams the shard's rows into a sink and returns how many were written. A reference table's rows
    /// come with the first shard only, as they are the same for every shard.
    /// </summary>
    long WriteTo(World world, ITableSink sink);
}

/// <summary>Where rows go: a file writer, an in-memory buffer in tests.</summary>
internal interface ITableSink
{
    long Write<TRow>(IEnumerable<TRow> rows, char separator);
}

internal sealed record Table<TRow>(string Database, string Name, Func<World, IEnumerable<TRow>> Rows, char Separator = '\t') : ITable
{
    /// <summary>A reference table: its fixed rows, tab-delimited.</summary>
    public static Table<TRow> Reference(string database, string name, IEnumerable<TRow> rows) => Reference(database, name, _ => rows);

    /// <summary>A reference table whose rows a scenario adds to (the library's branches): the real rows and the world's own.</summary>
    public static Table<TRow> Reference(string database, string name, Func<World, IEnumerable<TRow>> rows) =>
        new(database, name, rows) { IsReference = true };

    public bool IsReference { get; private init; }

    public IReadOnlyList<TableColumn> Columns => TableColumns<TRow>.All;

    public long WriteTo(World world, ITableSink sink) => IsReference && world.Start.Shard > 0 ? 0 : sink.Write(Rows(world), Separator);
}
