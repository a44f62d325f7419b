using System.Text;
using PolarisSampleData.Output;

namespace PolarisSampleData.Cli;

/// <summary>
/// Standard output that turns a failed write (a full disk behind <c>&gt; file</c>, a closed pipe) into
/// the user's problem to fix, in one line, instead of an internal error.
/// </summary>
internal sealed class GuardedOutput(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's setter takes null as "the default"; so does the writer it passes to.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(value, static (writer, c) => writer.Write(c));

    public override void Write(char[] buffer, int index, int count) =>
        Guard((buffer, index, count), static (writer, span) => writer.Write(span.buffer, span.index, span.count));

    public override void Write(string? value) => Guard(value, static (writer, text) => writer.Write(text));

    public override void Flush() => Guard(0, static (writer, _) => writer.Flush());

    private void Guard<T>(T value, Action<TextWriter, T> write)
    {
        try
        {
            write(inner, value);
        }
        catch (IOException e)
        {
            throw Unwritable(e);
        }
    }

    private static DataSetException Unwritable(IOException e) =>
        new($"cannot write to standard output: {e.Message.TrimEnd('.')}. Fix: send the output to a file or pipe that can take it (a disk with room, a reader that stays open).", e);
}
