using System.Runtime.InteropServices;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>Bytes already taken from a stream (a probe), then the rest of it.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// Text already decoded (standard input as tests and embedding hosts give it), as UTF-8 bytes, so it
/// takes the same path as bytes do. It reads the text a little at a time, never all of it at once.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private const int Chunk = 1024;
    private readonly char[] _chars = new char[Chunk];
    private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(Chunk) + 4];
    // Stateful, so a surrogate pair split between two reads is encoded whole.
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private int _position;
    private int _length;
    private bool _done;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_position == _length && !_done)
        {
            var read = reader.Read(_chars, 0, Chunk);
            _done = read == 0;
            _length = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
            _position = 0;
        }

        var n = Math.Min(buffer.Length, _length - _position);
        _bytes.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Whether a path is a regular file (not a FIFO, socket or device), from the file's status.</summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return true;
        }

        try
        {
            // .NET's own native shim (the one File.Exists uses) fills a struct of its own layout,
            // the same on every Unix: int32 flags, then int32 mode with the S_IFMT bits.
            var status = new byte[256];
            return Stat(path, status) != 0 || (BitConverter.ToInt32(status, 4) & TypeMask) == Regular;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
