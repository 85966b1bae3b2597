package jp.akapen.privacy.takeout;

/**
 * The one export of an approved take-out: the AES-256 zip, its password (shown once, stored nowhere), how many
 * residents it holds and its SHA-256 as the request records it.
 */
public record TakeOutExport(String fileName, byte[] zip, String password, int people, String sha256) {

    @Override
    public String toString() {
        return "TakeOutExport[" + fileName + ", " + people + " people]";
    }
}
