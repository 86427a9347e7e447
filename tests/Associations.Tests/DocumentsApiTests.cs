using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Frivillighed.Associations.Model;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

public class DocumentsApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private HttpClient chair = null!;
    private HttpClient other = null!;
    private HttpClient staff = null!;

    public override Task InitializeAsync()
    {
        chair = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Formand", ["citizen"]));
        other = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Carla Kasserer", ["citizen"]));
        staff = Factory.CreateClient(TestTokens.Staff());
        return Task.CompletedTask;
    }

    // A minimal, valid PDF of the given size (padded with a comment before the end-of-file marker).
    public static byte[] Pdf(int size = 600)
    {
        var head = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%";
        var tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return Encoding.ASCII.GetBytes(head + new string('x', size - head.Length - tail.Length) + tail);
    }

    public static MultipartFormDataContent Form(string kind, byte[] content, string fileName = "regnskab-2026.pdf", string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", fileName } };
    }

    [Fact]
    public async Task AValidPdf_IsStored_ListedWithWhoAndWhen_AndReadableOnlyByTheAssociationAndStaff()
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Haslev Petanque", "Haslev"));
        var pdf = Pdf();

        var uploaded = await chair.PostAsync($"/api/associations/{id}/documents", Form("Accounts", pdf));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Accounts", 1, "Bo Formand", "regnskab-2026.pdf"), (document.GetProperty("kind").GetString(), document.GetProperty("version").GetInt32(),
            document.GetProperty("uploadedBy").GetString(), document.GetProperty("fileName").GetString()));
        var url = document.GetProperty("url").GetString()!;

        var read = await chair.GetAsync(url);
        Assert.Equal("application/pdf", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal(pdf, await staff.GetByteArrayAsync(url));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/associations/{id}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/associations/{id}/documents", Form("Accounts", pdf))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ANewVersion_KeepsTheOld()
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Faxe Roklub", "Faxe"));

        await chair.PostAsync($"/api/associations/{id}/documents", Form("Statutes", Pdf(700), "vedtaegter.pdf"));
        await staff.PostAsync($"/api/associations/{id}/documents", Form("Statutes", Pdf(800), "vedtaegter-2.pdf"));

        var list = (await chair.GetFromJsonAsync<JsonElement>($"/api/associations/{id}/documents")).EnumerateArray().ToList();
        Assert.Equal([2, 1], list.Select(d => d.GetProperty("version").GetInt32()));
        Assert.Equal([800L, 700L], list.Select(d => d.GetProperty("size").GetInt64()));
        Assert.Equal(2, await Database.ScalarAsync<long>($"SELECT count(*) FROM document_contents c JOIN documents d ON d.id = c.document_id WHERE d.association_id = '{id}'"));
    }

    public static TheoryData<string, byte[], string, string> BadFiles => new()
    {
        // A Windows program renamed to .pdf (and sent as application/pdf): its content says MZ, not %PDF.
        { "program.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF], "is not a PDF", "File" },
        { "halv.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n"), "incomplete", "File" },
        { "tom.pdf", [], "empty", "File" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task AFileThatIsNotAWholePdf_Gets400SayingWhy_AndNothingIsStored(string fileName, byte[] content, string reason, string field)
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Karise Skak", "Karise"));

        var response = await chair.PostAsync($"/api/associations/{id}/documents", Form("Accounts", content, fileName));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM documents WHERE association_id = '{id}'"));
    }

    [Fact]
    public async Task TenMegabytesAndOneByte_Gets413_WhileTenMegabytesIsAccepted()
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Rønnede Løbeklub", "Rønnede"));

        var tooLarge = await chair.PostAsync($"/api/associations/{id}/documents", Form("Accounts", Pdf((int)PdfFile.MaxSize + 1)));
        Assert.Contains("at most 10 MB", (await HttpAssert.ProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString());
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM documents WHERE association_id = '{id}'"));

        var justRight = await chair.PostAsync($"/api/associations/{id}/documents", Form("Accounts", Pdf((int)PdfFile.MaxSize)));
        Assert.Equal(HttpStatusCode.Created, justRight.StatusCode);
    }

    [Fact]
    public async Task AnUnknownKind_OrNoFile_OrNoForm_GetsAProblemSayingWhatIsMissing()
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Dalby Badminton", "Dalby"));

        var unknown = await chair.PostAsync($"/api/associations/{id}/documents", Form("Invoice", Pdf()));
        Assert.Contains("Statutes", (await HttpAssert.ProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Kind")[0].GetString());
        var noFile = await chair.PostAsync($"/api/associations/{id}/documents", new MultipartFormDataContent { { new StringContent("Accounts"), "kind" } });
        Assert.Contains("'file'", (await HttpAssert.ProblemAsync(noFile, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("File")[0].GetString());
        var json = await chair.PostAsJsonAsync($"/api/associations/{id}/documents", new { kind = "Accounts" });
        Assert.Contains("multipart/form-data", (await HttpAssert.ProblemAsync(json, HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString());
    }
}
