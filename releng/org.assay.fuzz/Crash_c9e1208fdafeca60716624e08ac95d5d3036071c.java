import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_c9e1208fdafeca60716624e08ac95d5d3036071c {
    static final String base64Bytes = String.join("", "AAAAAAAAAAg=");

    public static void main(String[] args) throws Throwable {
        Crash_c9e1208fdafeca60716624e08ac95d5d3036071c.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = org.assay.fuzz.Fuzz.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = org.assay.fuzz.Fuzz.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        org.assay.fuzz.Fuzz.fuzzerTestOneInput(input);
    }
}