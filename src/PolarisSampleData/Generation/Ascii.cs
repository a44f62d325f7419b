namespace PolarisSampleData.Generation;

/// <summary>
/// Folds the Latin accents the generated names use to plain ASCII. Hand-written because string
/// normalization is unavailable under invariant globalization, which the tool runs with.
/// </summary>
internal static class Ascii
{
    private const string Accented = "àáâäãåçèéêëìíîïñòóôöõùúûüýÿÀÁÂÄÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕÙÚÛÜÝ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY";

    public static string Fold(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var at = Accented.IndexOf(source[i]);
                span[i] = at < 0 ? source[i] : Plain[at];
            }
        });
}
