using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification.Checks;

/// <summary>The checks that hold row by row in every file of polaris-gen's: its lines, keys, types and formats.</summary>
internal static class RowChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("rows.field-count", Severity.Fail, "Every line has as many fields as its header.",
            new FieldCount(), Layouts.All.Select(t => new Scope(t.SqlName))),
        new("keys.unique", Severity.Fail, "Every primary key names one row: IDs and barcodes stay unique however large the set.",
            new UniqueKeys(), Layouts.All.Where(t => t.Columns.Any(c => c.IsKey)).Select(t => new Scope(t.SqlName))),
        new("values.types", Severity.Fail, "Every value parses as its column's type: whole numbers, bits 0/1, money 0.00, datetimes yyyy-MM-dd HH:mm:ss.fff.",
            new Types(), Layouts.All.Select(t => new Scope(t.SqlName))),
        new("values.formats", Severity.Fail, "Barcodes (with their Mod-10 check digit), phones and emails have polaris-gen's privacy-safe forms.",
            new Formats(), Rules.Formats.Where(r => Layouts.Find(r.Table) is not null).Select(r => new Scope(r.Table, r.Column))),
    ];

    private sealed class FieldCount : RowRule
    {
        public override FileJudge For(FileReading file) => new Judging(file);

        private sealed class Judging(FileReading file) : FileJudge(file)
        {
            public override void Judge(CsvReader reader)
            {
                if (reader.FieldCount != File.HeaderFields)
                    File.Report("rows.field-count", null, reader.LineNumber, File.Key(reader), $"{reader.FieldCount} fields, the header has {File.HeaderFields}");
            }
        }
    }

    /// <summary>
    /// keys.unique: each key more than one row shares is one problem, at the last of them. The keys read are
    /// kept on the file, where plan.no-orphans finds a referenced column that is the whole key.
    /// </summary>
    private sealed class UniqueKeys : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            int[] columns = [.. file.Layout.Columns.Select((c, i) => (c, i)).Where(c => c.c.IsKey).Select(c => c.i)];
            if (columns.Length == 0) return null;
            file.Keys = new ValueSet();
            return new Judging(file, columns, file.Keys);
        }

        private sealed class Judging(FileReading file, int[] columns, ValueSet keys) : FileJudge(file)
        {
            private Dictionary<string, (long Rows, long LastLine, string? Key)>? _repeated;

            public override void Judge(CsvReader reader)
            {
                if (columns is [var only] ? keys.Add(File.Field(reader, only)) : keys.Add(Joined(reader))) return;
                _repeated ??= new Dictionary<string, (long Rows, long LastLine, string? Key)>(StringComparer.Ordinal);
                var shared = Joined(reader);
                _repeated[shared] = (_repeated.TryGetValue(shared, out var before) ? before.Rows + 1 : 2, reader.LineNumber, File.Key(reader));
            }

            public override void Finish()
            {
                if (_repeated is null) return;
                foreach (var (rows, line, key) in _repeated.Values.OrderBy(r => r.LastLine))
                    File.Report("keys.unique", null, line, key, $"{rows} rows share the key {string.Join(", ", columns.Select(c => File.Layout.Columns[c].Name))}");
            }

            /// <summary>The key's columns as one text, each as SQLite would compare it.</summary>
            private string Joined(CsvReader reader) => string.Join('\u001f', columns.Select(c => ValueSet.Canonical(File.Field(reader, c))));
        }
    }

    /// <summary>values.types: the first value of a row that does not parse as its column's type.</summary>
    private sealed class Types : RowRule
    {
        public override FileJudge For(FileReading file) => new Judging(file);

        private sealed class Judging(FileReading file) : FileJudge(file)
        {
            /// <summary>The columns of a type a value can fail to fit, in column order: text holds anything.</summary>
            private readonly int[] _typed = [.. Enumerable.Range(0, file.Layout.Columns.Count).Where(i => file.Layout.Columns[i].Type != ColumnType.Text)];

            public override void Judge(CsvReader reader)
            {
                var columns = File.Layout.Columns;
                foreach (var i in _typed)
                {
                    var field = File.Field(reader, i);
                    if (field.IsEmpty || ValueTypes.Fits(columns[i].Type, field)) continue;
                    File.Report("values.types", columns[i].Name, reader.LineNumber, File.Key(reader),
                        $"{columns[i].Name} {CheckSql.Text(Encoding.UTF8.GetString(field))} is not {ValueTypes.Meaning(columns[i].Type)}");
                    return;
                }
            }
        }
    }

    /// <summary>values.formats: barcodes, phones and emails as <see cref="Rules.Formats"/> has them.</summary>
    private sealed class Formats : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            var columns = Rules.Formats.Where(r => file.Is(r.Table)).Select(r => (Column: file.IndexOf(r.Column), Format: r.FormatIn(file.Scenario))).Where(r => r.Column >= 0).ToList();
            // Rules' own patterns (a scenario gives only domain names, escaped), which cannot backtrack badly:
            // a timeout cost more than the match on every value. Compiled once per file, as a scenario's differ.
            var patterns = columns.Select(c => c.Format.Pattern).Distinct()
                .ToDictionary(p => p, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled), StringComparer.Ordinal);
            (int Column, Regex Pattern, bool CheckDigit, string Meaning)[] formats =
                [.. columns.Select(c => (c.Column, patterns[c.Format.Pattern], c.Format.CheckDigit, c.Format.Meaning))];
            return formats.Length == 0 ? null : new Judging(file, formats);
        }

        private sealed class Judging(FileReading file, (int Column, Regex Pattern, bool CheckDigit, string Meaning)[] formats) : FileJudge(file)
        {
            private char[] _chars = new char[256];

            public override void Judge(CsvReader reader)
            {
                foreach (var (column, pattern, checkDigit, meaning) in formats)
                {
                    var field = File.Field(reader, column);
                    if (field.IsEmpty || Decode(field) is var value && pattern.IsMatch(value) && (!checkDigit || Barcodes.HasValidCheckDigit(value))) continue;
                    var name = File.Layout.Columns[column].Name;
                    var shown = File.Layout.Columns[column].Type is ColumnType.Text ? CheckSql.Text(Encoding.UTF8.GetString(field)) : ValueSet.Quote(field);
                    File.Report("values.formats", name, reader.LineNumber, File.Key(reader), $"{name} {shown} is not {meaning}");
                }
            }

            private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> field)
            {
                if (_chars.Length < field.Length) _chars = new char[field.Length];
                return _chars.AsSpan(0, Encoding.UTF8.GetChars(field, _chars));
            }
        }
    }
}
