namespace SiteGen.Search;

/// <summary>
/// The postings of one term while the index is built, already in <see cref="PostingCodec"/> text (ASCII, one byte a
/// letter): for each document, in increasing id, the gap from the previous id and the weight less one. The text is cut
/// into parts of about <see cref="SearchIndexBuilder.ChunkTarget"/> letters, each starting its gaps from -1, so a long
/// list fills chunks of its own. Each part has its own array, filled to within a posting, so a site's postings take
/// about the size of its chunk files.
/// </summary>
internal sealed class PostingList
{
    /// <summary>The longest a part gets: it is cut once it holds <see cref="SearchIndexBuilder.ChunkTarget"/> letters, and a posting is at most two numbers of 7.</summary>
    private const int PartCapacity = SearchIndexBuilder.ChunkTarget + MaxPosting;
    private const int MaxPosting = 14;

    private readonly List<ReadOnlyMemory<byte>> _full = [];
    private byte[] _text = new byte[16];
    private int _length;
    private int _previous = -1;

    /// <summary>How many documents hold the term.</summary>
    public int Documents { get; private set; }

    /// <summary>Adds a document; ids must come in increasing order.</summary>
    public void Add(int id, int weight)
    {
        if (_length >= SearchIndexBuilder.ChunkTarget)
        {
            _full.Add(_text.AsMemory(0, _length));
            _text = new byte[PartCapacity];
            _length = 0;
            _previous = -1;
        }
        if (_text.Length - _length < MaxPosting) Array.Resize(ref _text, Math.Min(PartCapacity, Math.Max(_text.Length * 2, _length + MaxPosting)));
        _length += PostingCodec.Write(_text.AsSpan(_length), id - _previous - 1);
        _length += PostingCodec.Write(_text.AsSpan(_length), weight - 1);
        _previous = id;
        Documents++;
    }

    /// <summary>The parts of the text, in order (views of the list, not copies).</summary>
    public ReadOnlyMemory<byte>[] Parts() => [.. _full, _text.AsMemory(0, _length)];
}
