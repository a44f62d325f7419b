using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Verification;

/// <summary>Property: whatever happens to the bytes of a data set, verify answers with a report or one line, never a crash.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class CorruptionTests(GeneratedSet set)
{
    private const int Iterations = 50;

    [Fact]
    public void Random_byte_damage_never_crashes_verify()
    {
        using var scratch = new ScratchSet(set.Folder);
        var files = Directory.GetFiles(scratch.Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var random = new Random(iteration);
            var path = files[random.Next(files.Length)];
            var original = File.ReadAllBytes(path);
            var (damage, bytes) = Damage(original, random);
            File.WriteAllBytes(path, bytes);

            var (exit, output, error) = VerifyCommandTests.Run("verify", scratch.Folder);
            var what = $"iteration {iteration}: {damage} {Path.GetRelativePath(scratch.Folder, path)}";
            exit.Should().BeOneOf([ExitCodes.Success, ExitCodes.ChecksFailed, ExitCodes.BadInput], $"{what}\n{error}");
            if (exit == ExitCodes.BadInput)
            {
                error.Should().StartWith("error: ", what).And.Contain("Fix:", what);
                error.TrimEnd().Split('\n').Should().ContainSingle(what);
            }
            else
            {
                output.Should().Contain("checks:", what);
            }
            File.WriteAllBytes(path, original);
        }
    }

    private static (string Damage, byte[] Bytes) Damage(byte[] original, Random random)
    {
        var at = random.Next(original.Length + 1);
        switch (random.Next(6))
        {
            case 0:
                var flipped = original.ToArray();
                for (var i = 0; i < 1 + random.Next(20) && flipped.Length > 0; i++) flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return ("flipped bytes in", flipped);
            case 1:
                return ("truncated", original[..at]);
            case 2:
                var noise = new byte[1 + random.Next(4096)];
                random.NextBytes(noise);
                return ("inserted noise into", [.. original[..at], .. noise, .. original[at..]]);
            case 3:
                return ("cut a range out of", [.. original[..at], .. original[Math.Min(original.Length, at + random.Next(500))..]]);
            case 4:
                var garbage = new byte[random.Next(20000)];
                random.NextBytes(garbage);
                return ("replaced with noise", garbage);
            default:
                return ("emptied", []);
        }
    }
}
