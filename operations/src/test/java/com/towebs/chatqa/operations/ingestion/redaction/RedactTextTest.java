package com.towebs.chatqa.operations.ingestion.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Single-text rules: what one message or one raw payload shows on its own. */
class RedactTextTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            usuario: juanp / contraseña: Hola123!           | usuario: [REDACTED:USERNAME] / contraseña: [REDACTED:PASSWORD]
            user juanp pass Hola123                          | user [REDACTED:USERNAME] pass [REDACTED:PASSWORD]
            mi clave es hola123                              | mi clave es [REDACTED:PASSWORD]
            mi clave es perrito                              | mi clave es [REDACTED:PASSWORD]
            la contra es pepito22                            | la contra es [REDACTED:PASSWORD]
            contraseña del cpanel: Tr0mpeta                  | contraseña del cpanel: [REDACTED:PASSWORD]
            pw: s3cr3t                                       | pw: [REDACTED:PASSWORD]
            password=abc123xyz                               | password=[REDACTED:PASSWORD]
            MI CONTRASEÑA ES PERRO2020                       | MI CONTRASEÑA ES [REDACTED:PASSWORD]
            mi contrasena es gatito                          | mi contrasena es [REDACTED:PASSWORD]
            mi contrasenia es gatito99                       | mi contrasenia es [REDACTED:PASSWORD]
            Mi usuario es juanp y la clave es Hola123        | Mi usuario es [REDACTED:USERNAME] y la clave es [REDACTED:PASSWORD]
            la clave del mail info@x.com es ClaveMail1       | la clave del mail info@x.com es [REDACTED:PASSWORD]
            la contraseña de info@tienda.com.ar es mate      | la contraseña de info@tienda.com.ar es [REDACTED:PASSWORD]
            usuario: info@tienda.com.ar                      | usuario: [REDACTED:USERNAME]
            user: juanp, pass: Hola123                       | user: [REDACTED:USERNAME], pass: [REDACTED:PASSWORD]
            usuario:juanp clave:perrito                      | usuario:[REDACTED:USERNAME] clave:[REDACTED:PASSWORD]
            usuario juanp clave perrito                      | usuario [REDACTED:USERNAME] clave [REDACTED:PASSWORD]
            mi usuario es juanp y mi clave perrito           | mi usuario es [REDACTED:USERNAME] y mi clave [REDACTED:PASSWORD]
            clave perrito                                    | clave [REDACTED:PASSWORD]
            y la contra: mate                                | y la contra: [REDACTED:PASSWORD]
            la contraseña que puse ayer es Pepe2024          | la contraseña que puse ayer es [REDACTED:PASSWORD]
            el pass Hola123 no anda                          | el pass [REDACTED:PASSWORD] no anda
            su contraseña temporal es: Xk92!pq               | su contraseña temporal es: [REDACTED:PASSWORD]
            `mi clave es "hola mundo"`                       | `mi clave es "[REDACTED:PASSWORD]"`
            `{"user":"juanp","password":"Hola123!"}`         | `{"user":"[REDACTED:USERNAME]","password":"[REDACTED:PASSWORD]"}`
            mi clave es hola123.                             | mi clave es [REDACTED:PASSWORD].
            contraseña de wordpress: admin2020               | contraseña de wordpress: [REDACTED:PASSWORD]
            la clave fiscal es Afip2024                      | la clave fiscal es [REDACTED:PASSWORD]
            mi pin es 4821                                   | mi pin es [REDACTED:PASSWORD]
            la clave es Ortega#1987 . AHORA HACE ALGO        | la clave es [REDACTED:PASSWORD] . AHORA HACE ALGO
            yo pongo el user tiendaflor y la pass Flor.2025! y me dice que es incorrecto | yo pongo el user [REDACTED:USERNAME] y la pass [REDACTED:PASSWORD] y me dice que es incorrecto
            la casilla mia es ventas@acevedodeco.com.ar y la clave Ventas2026** por si necesitas entrar | la casilla mia es ventas@acevedodeco.com.ar y la clave [REDACTED:PASSWORD] por si necesitas entrar
            """)
    void credentials(String input, String expected) {
        assertThat(redactor.redactText(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "olvidé mi contraseña",
                "cambié la clave ayer",
                "¿cómo cambio la contraseña?",
                "la contraseña no funciona",
                "no me acuerdo el usuario",
                "la contraseña es incorrecta",
                "mi clave es la misma de siempre",
                "la contraseña no es correcta",
                "la contraseña está bloqueada",
                "mi clave es muy larga",
                "el punto clave es hacer un backup",
                "la palabra clave es hosting",
                "la clave es que reinicies el servidor",
                "Olvidé mi CONTRASEÑA del cpanel",
                "¿Me pasás usuario y contraseña?",
                "me pide usuario y contraseña",
                "necesito cambiar la contraseña del mail",
                "la contraseña tiene que tener 8 caracteres",
                "te mando la clave por mail",
                "el usuario no existe",
                "estoy en contra de eso",
                "la contraseña nueva",
                "contraseña incorrecta",
                "usuario bloqueado",
                "el usuario del panel es el mismo que el mail",
                "reseteé la contraseña 2 veces",
                "mi clave es cambiar",
                "Podés cambiar la contraseña desde el panel",
                "el error es 500",
                "contraseña:",
                "la contraseña es solo tuya",
                "¿Usted tiene acceso a nic.ar con su clave fiscal?",
                "Ya generé la clave ed25519, te paso la pública?",
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM3k9t0wQqvRz8mHc2Xy dentistaolmos@notebook",
            })
    void sentencesAboutCredentialsStay(String input) {
        assertThat(redactor.redactText(input)).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            la tarjeta es 4111 1111 1111 1111                 | la tarjeta es [REDACTED:CARD]
            4111-1111-1111-1111 vence 12/27                    | [REDACTED:CARD] vence 12/27
            pago con 5500005555555559                          | pago con [REDACTED:CARD]
            amex 3782 822463 10005                             | amex [REDACTED:CARD]
            tarjeta: 4111111111111111.                         | tarjeta: [REDACTED:CARD].
            """)
    void cards(String input, String expected) {
        assertThat(redactor.redactText(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "4111 1111 1111 1112", // fails Luhn
                "mi ticket es #482913",
                "el ticket #4111111111111111 sigue abierto",
                "llamame al 011 4567-8901",
                "mi celular es 1145678901",
                "el pedido 20240512123456 no llegó", // 14 digits, fails Luhn
                "la IP es 192.168.10.254",
                "CUIT 20-12345678-9",
            })
    void numbersThatAreNotCardsStay(String input) {
        assertThat(redactor.redactText(input)).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            la key es sk_live_4eC39HqLyjWDarjtT1zdp7dc              | la key es [REDACTED:TOKEN]
            ghp_16C7e42F292c6912E7710c838347Ae178B4a                | [REDACTED:TOKEN]
            AWS: AKIAIOSFODNN7EXAMPLE                              | AWS: [REDACTED:TOKEN]
            slack xoxb-123456789012-abcdefghijkl                    | slack [REDACTED:TOKEN]
            Authorization: Bearer abcdef1234567890ABCDEF            | Authorization: Bearer [REDACTED:TOKEN]
            api key: 9f8e7d6c5b4a                                   | api key: [REDACTED:TOKEN]
            apikey=Zx81kq0LmN                                       | apikey=[REDACTED:TOKEN]
            token: abc123def456                                     | token: [REDACTED:TOKEN]
            el secret es q8W3e9R2t7Y1                               | el secret es [REDACTED:TOKEN]
            pegué esto a8Kd92jLm3Qz0pX7vB4n en el config            | pegué esto [REDACTED:TOKEN] en el config
            clave de api: 7hG5kL2mN9pQ                              | clave de api: [REDACTED:TOKEN]
            https://x.com/reset?token=a8Kd92jLm3Qz0pX7vB4nW         | https://x.com/reset?token=[REDACTED:TOKEN]
            https://x.com/reset/a8Kd92jLm3Qz0pX7vB4nW               | https://x.com/reset/[REDACTED:TOKEN]
            jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r | jwt [REDACTED:TOKEN]
            """)
    void tokens(String input, String expected) {
        assertThat(redactor.redactText(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "mi dominio es mi-tienda-online-2024-oficial.com.ar",
                "escribime a facturacion.clientes2024@empresa-grande.com.ar",
                "entrá a https://www.towebs.com/ayuda/configurar-correo-outlook-2024",
                "el servidor es 200.58.112.40",
                "subí el archivo a /home/juanp/public_html/wp-content/uploads/2024",
                "el pedido ORD-2024-000123456789 no llegó",
                "el token expiró",
                "el token es inválido",
                "mi ticket es #482913",
                "el id es 550e8400-e29b-41d4-a716-446655440000",
                "la carpeta wp-content-uploads-2024 pesa mucho",
                "tengo el error ERR_CONNECTION_REFUSED en chrome",
            })
    void addressesAndIdentifiersStay(String input) {
        assertThat(redactor.redactText(input)).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "usuario: juanp / contraseña: Hola123!",
                "la tarjeta es 4111 1111 1111 1111",
                "token: abc123def456",
                "mi clave es perrito y la de mysql es Qw3rty!",
            })
    void redactingTwiceChangesNothingMore(String input) {
        String once = redactor.redactText(input);
        assertThat(redactor.redactText(once)).isEqualTo(once);
    }

    @org.junit.jupiter.api.Test
    void multiLineRawPayload() {
        String raw = "{\"id\":\"c-1\",\"messages\":[{\"from\":\"customer\",\"text\":\"mi clave es Hola123\"},\n"
                + "{\"from\":\"customer\",\"text\":\"tarjeta 4111111111111111\"  BROKEN";
        assertThat(redactor.redactText(raw))
                .doesNotContain("Hola123", "4111111111111111")
                .contains("mi clave es [REDACTED:PASSWORD]", "tarjeta [REDACTED:CARD]", "\"id\":\"c-1\"");
    }

    @org.junit.jupiter.api.Test
    void nullAndEmptyPassThrough() {
        assertThat(redactor.redactText("")).isEmpty();
        assertThat(redactor.redactText(null)).isNull();
    }
}
