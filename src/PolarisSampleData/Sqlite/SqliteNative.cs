using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace PolarisSampleData.Sqlite;

/// <summary>
/// The calls of SQLite's C API that <see cref="PositionalStatement"/> makes per row, bound straight to
/// the library SQLitePCL loads (e_sqlite3), with C's calling convention as SQLite exports them. Through
/// SQLitePCL every call took and released a reference on the statement's SafeHandle, and SQLite locked
/// the connection's mutex: together a tenth of a million patrons' verify.
/// </summary>
public static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns.</summary>
    private static readonly IntPtr Transient = new(-1);

    /// <summary>Somewhere for empty text to point.</summary>
    private static readonly byte[] NotNull = [0];

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_bind_null(IntPtr statement, int index);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_bind_text(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int sqlite3_reset(IntPtr statement);

    /// <summary>Binds text of a known length; an empty span is bound as empty text, not NULL.</summary>
    internal static int BindText(IntPtr statement, int index, ReadOnlySpan<byte> utf8)
    {
        // SQLite reads a null pointer as NULL, and an empty span may have one.
        fixed (byte* text = utf8.IsEmpty ? NotNull : utf8)
            return sqlite3_bind_text(statement, index, text, utf8.Length, Transient);
    }

    /// <summary>glibc's M_MMAP_THRESHOLD option of mallopt.</summary>
    private const int MallocMmapThreshold = -3;

    /// <summary>
    /// Has glibc's malloc, which SQLite allocates through, hand blocks of a megabyte or more (SQLite's sort
    /// buffers as it builds indexes) back to the system when they are freed. By default glibc raises that
    /// threshold to the largest block freed, after which such blocks stay in each thread's arena: a third
    /// of a million patrons' verify's peak memory. Elsewhere (musl, macOS, Windows) this does nothing.
    /// </summary>
    public static void ReturnLargeBlocksToTheSystem()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libc.so.6", out var libc)) return;
        if (NativeLibrary.TryGetExport(libc, "mallopt", out var mallopt))
            ((delegate* unmanaged[Cdecl]<int, int, int>)mallopt)(MallocMmapThreshold, 1 << 20);
    }

    /// <summary>
    /// Tells SQLite that each connection is used by one thread at a time (SQLITE_CONFIG_MULTITHREAD), so it
    /// takes no connection mutex per call, and to keep no memory statistics. Only before SQLite's first
    /// use in the process; later, SQLite keeps its serialized default, which is as correct.
    /// </summary>
    public static void UseConnectionsOneThreadAtATime()
    {
        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
