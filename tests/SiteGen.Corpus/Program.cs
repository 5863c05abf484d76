using System.Globalization;
using SiteGen.Corpus;

// sitegen-corpus --count N --seed S --out DIR: writes a complete site (sitegen.yaml, content/) of N generated bulletins.
int count = 1000, seed = 1;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--out": output = Next(); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; usage: --count N --seed S --out DIR");
            return 2;
    }
}
if (output is null || count < 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tests/SiteGen.Corpus -- --count N --seed S --out DIR");
    return 2;
}
if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
{
    Console.Error.WriteLine($"{output} is not empty; give a new folder");
    return 2;
}
var corpus = new CorpusGenerator(seed);
var written = corpus.WriteSite(output, count);
Console.Error.WriteLine($"wrote {written} bulletins, {corpus.Units.Count} units, {corpus.Elections.Count} elections into {output}");
return 0;
