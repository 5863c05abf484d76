using SiteGen.Output;

namespace SiteGen.Pipeline;

/// <summary>The files of one build kept in memory by output path, as serve holds them; a later file of the same path replaces the earlier.</summary>
internal sealed class SiteFiles : IOutputSink
{
    private readonly Dictionary<string, OutputFile> _files;
    private readonly Lock _lock = new();

    public SiteFiles(int capacity = 0) => _files = new Dictionary<string, OutputFile>(capacity, StringComparer.Ordinal);

    public SiteFiles(IReadOnlyDictionary<string, OutputFile> files) => _files = new Dictionary<string, OutputFile>(files, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, OutputFile> ByPath => _files;

    public void Add(OutputFile file)
    {
        lock (_lock) _files[file.Path] = file;
    }

    public void Remove(string path) => _files.Remove(path);
}
