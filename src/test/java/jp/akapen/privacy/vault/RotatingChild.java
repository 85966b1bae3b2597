package jp.akapen.privacy.vault;

import jp.akapen.privacy.vault.crypto.MasterKey;

/**
 * A rotation run in its own JVM for the kill -9 test: prints "rewrapped N" after each key's transaction committed,
 * so the test knows the run is under way when it kills it. Arguments: URL, user, password, old key, new key (base64).
 */
public final class RotatingChild {

    public static void main(String[] args) {
        var rig = new RotationRig(args[0], args[1], args[2]);
        rig.rotate(MasterKey.fromBase64(args[3]), MasterKey.fromBase64(args[4]), n -> {
            System.out.println("rewrapped " + n);
            System.out.flush();
        }, line -> {
            System.out.println(line);
            System.out.flush();
        });
        System.out.println("done");
    }
}
