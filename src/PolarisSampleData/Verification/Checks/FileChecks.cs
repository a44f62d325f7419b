namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// The set's files as the loader found them (<c>main.Files</c>, <c>main.Headers</c>, <c>main.Columns</c>,
/// the manifest's state): present, readable, expected, unchanged, encoded and headed as polaris-gen writes them.
/// </summary>
internal static class FileChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("files.present", Severity.Fail, "Every file the manifest lists is in the folder.", [], """
            SELECT File AS file, NULL AS line, NULL AS key, 'missing, though ' || ListedBy || ' lists it' AS problem
            FROM main.Files
            WHERE ListedBy IS NOT NULL AND NOT Present
            """),
        new("files.readable", Severity.Fail, "manifest.json and every file read as far as their end; a FIFO, device or other file that is not a regular file is not read.", [], """
            SELECT 'manifest.json' AS file, NULL AS line, NULL AS key, 'not a readable polaris-gen manifest' AS problem
            FROM main.DataSet WHERE Manifest = 'unreadable'
            UNION ALL
            SELECT File, ErrorLine, NULL, CASE WHEN Unread THEN Error ELSE 'could not be read past here: ' || Error END
            FROM main.Files WHERE Error IS NOT NULL
            UNION ALL
            SELECT File, NULL, NULL, Error
            FROM Shoutbomb.ShoutbombFiles
            WHERE Error IS NOT NULL AND File NOT IN (SELECT File FROM main.Files WHERE Error IS NOT NULL)
            """),
        new("files.unexpected", Severity.Warn, "Every CSV file is one polaris-gen writes or manifest.json lists.", [], """
            SELECT File AS file, NULL AS line, NULL AS key,
                   CASE WHEN Loaded THEN 'not a polaris-gen table; loaded as ' || TableName || ' from its own header'
                        ELSE 'not loaded: polaris-gen files are named {Database}.Polaris.{Table}.csv' END AS problem
            FROM main.Files
            WHERE Present AND NOT Known AND ListedBy IS NULL
            """),
        new("files.unchanged", Severity.Warn, "Every file has the SHA-256 manifest.json recorded (an edited file is reported, not failed).", [], """
            SELECT 'manifest.json' AS file, NULL AS line, NULL AS key, 'missing, so edited files cannot be told from generated ones' AS problem
            FROM main.DataSet WHERE Manifest = 'missing'
            UNION ALL
            SELECT 'manifest.json', NULL, NULL, 'edited: it is not as generate writes its values'
            FROM main.DataSet WHERE Manifest = 'read' AND NOT ManifestAsWritten
            UNION ALL
            SELECT File, NULL, NULL,
                   CASE WHEN ManifestSha256 IS NULL THEN 'not in manifest.json: added after generate'
                        ELSE 'edited: its SHA-256 differs from manifest.json' END
            FROM main.Files, main.DataSet
            WHERE Manifest = 'read' AND Present AND Sha256 IS NOT ManifestSha256
            """),
        new("files.encoding", Severity.Warn, "Table files are UTF-8 without a byte order mark, with LF line ends.", [], """
            SELECT File AS file, NULL AS line, NULL AS key,
                   rtrim(CASE WHEN Bom THEN 'starts with a byte order mark; ' ELSE '' END
                      || CASE WHEN CarriageReturns > 0 THEN 'has ' || CarriageReturns || ' carriage returns (CRLF line ends?); ' ELSE '' END
                      || CASE WHEN NOT ValidUtf8 THEN 'is not valid UTF-8; ' ELSE '' END, '; ') AS problem
            FROM main.Files
            WHERE TableName IS NOT NULL AND Present AND (Bom OR CarriageReturns > 0 OR NOT ValidUtf8)
            """),
        new("files.header", Severity.Fail, "Every header names the table's columns in the Polaris order.", [], """
            SELECT c.File AS file, 1 AS line, NULL AS key,
                   'column ' || c.Ordinal || ' is ' || coalesce(quote(h.Name), 'missing') || ', expected ' || quote(c.Name) AS problem
            FROM main.Columns c
            JOIN main.Files f ON f.File = c.File AND f.Present AND NOT f.Unread
            LEFT JOIN main.Headers h ON h.File = c.File AND h.Ordinal = c.Ordinal
            WHERE h.Name IS NOT c.Name
            UNION ALL
            SELECT h.File, 1, NULL, 'column ' || h.Ordinal || ' ' || quote(h.Name) || ' is not in the layout'
            FROM main.Headers h
            JOIN main.Files f ON f.File = h.File AND f.Known
            WHERE h.Ordinal > (SELECT max(c.Ordinal) FROM main.Columns c WHERE c.File = h.File)
            """),
    ];
}
