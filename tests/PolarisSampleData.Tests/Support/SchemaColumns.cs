using System.Text.RegularExpressions;

namespace PolarisSampleData.Tests.Support;

/// <summary>
/// Reads the column list out of a reference schema file: the columns of a CREATE TABLE, or the select
/// list (aliases where given) of a CREATE VIEW or an export query.
/// </summary>
public static partial class SchemaColumns
{
    public static IReadOnlyList<string> Parse(string sql)
    {
        var text = LineComment().Replace(sql, "");
        var create = CreateTable().Match(text);
        return create.Success && !text.Contains("CREATE VIEW", StringComparison.OrdinalIgnoreCase)
            ? TableColumns(create.Groups["body"].Value)
            : SelectColumns(text);
    }

    private static List<string> TableColumns(string body) =>
        body.Split('\n')
            .TakeWhile(line => !ConstraintLine().IsMatch(line))
            .Select(line => ColumnLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["name"].Value)
            .ToList();

    private static List<string> SelectColumns(string text)
    {
        var select = SelectList().Match(text).Groups["list"].Value;
        var items = new List<string>();
        var depth = 0;
        var current = new System.Text.StringBuilder();
        foreach (var ch in select)
        {
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == ',' && depth == 0) { items.Add(current.ToString()); current.Clear(); }
            else current.Append(ch);
        }
        items.Add(current.ToString());
        return items.Select(item =>
        {
            var alias = Alias().Match(item.Trim());
            if (alias.Success) return alias.Groups["name"].Value;
            return item.Trim().Replace("[", "").Replace("]", "").Split('.', ' ', '\t').Last();
        }).ToList();
    }

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"CREATE TABLE[^(]*\((?<body>.*)\)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^\s*(CONSTRAINT|PRIMARY KEY|\)\s*ON)", RegexOptions.IgnoreCase)]
    private static partial Regex ConstraintLine();

    [GeneratedRegex(@"^\s*\[(?<name>\w+)\]\s*\[?\w+")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"SELECT(?<list>.*?)\bFROM\b", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectList();

    [GeneratedRegex(@"\bAS\s+(?:N'|')?\[?(?<name>\w+)\]?'?$", RegexOptions.IgnoreCase)]
    private static partial Regex Alias();
}
