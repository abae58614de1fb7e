using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Dalad.Identity.Auth;

/// <summary>
/// RSA keys for signing and encrypting tokens, kept as PEM files (<c>Auth:KeysPath</c>, default the data folder)
/// so tokens survive a restart. Instances of a scaled deployment share the folder or are given the same files.
/// </summary>
public static class SigningKeys
{
    public static RsaSecurityKey LoadOrCreate(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pem");
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, rsa.ExportRSAPrivateKeyPem());
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException)
            {
                // Another instance created it first: use theirs.
                File.Delete(temp);
                rsa.ImportFromPem(File.ReadAllText(path));
            }
        }
        return new RsaSecurityKey(rsa) { KeyId = name };
    }
}
