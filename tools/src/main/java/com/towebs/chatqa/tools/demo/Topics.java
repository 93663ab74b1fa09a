package com.towebs.chatqa.tools.demo;

import java.util.List;

/**
 * What ToWebs customers write to support about, per team: cPanel access, a slow or failing WordPress, disk
 * quota and invoices for hosting; bounces, spam folders, full mailboxes, mail clients and missing mail for the
 * mail team; DNS propagation, transfers (EPP code), SSL and expired domains for domains and SSL.
 */
final class Topics {

    private Topics() {}

    /**
     * Bots posting markup through a customer's contact form: only the showcase chat of the markup payload is
     * about it (the customer pastes what it received), so it is not among the topics drawn at random.
     */
    static final Topic CONTACT_FORM = new Topic(
            "contact-form",
            DemoRoster.HOSTING,
            List.of("me llegan mensajes raros por el formulario de contacto"),
            List.of("me llegan mensajes raros por el formulario de la página"),
            List.of(
                    "Los mensajes traen etiquetas HTML y JavaScript; en los logs de acceso veo POST desde IPs distintas cada minuto."),
            List.of(
                    "Entiendo, {name}: por el formulario de contacto de {domain} te llegan mensajes con código raro y te preocupa que te hayan hackeado la página."),
            List.of("¿Esos mensajes llegan con nombres y mails inventados? ¿Desde cuándo te pasa?"),
            List.of("sí, nombres rarísimos, desde el lunes me llegan como veinte por día"),
            List.of("reviso el sitio y los envíos del formulario", "verifico los archivos del sitio"),
            List.of(
                    "Te explico: no te hackearon. Son programas automáticos que prueban si el formulario ejecuta código; tu sitio los "
                            + "muestra como texto y no se ejecuta nada. Revisé los archivos del sitio y están limpios, y activé la verificación "
                            + "anti-robots del formulario, así que no deberían llegarte más."),
            List.of(
                    "Son bots probando XSS en el form; el sitio escapa la salida, no hay inyección. Activé reCAPTCHA y un rate limit en el .htaccess."),
            List.of(
                    "No te preocupes: no te hackearon. Son programas que mandan mensajes de prueba a muchas páginas, y en la tuya no "
                            + "pasó nada. Ya puse una verificación para que solo puedan escribirte personas."),
            List.of(
                    "Hay archivos del sitio modificados que tiene que revisar el área de seguridad antes de limpiarlos."),
            0.0);

    static List<Topic> of(DemoTeam team) {
        return ALL.stream().filter(topic -> topic.team().equals(team)).toList();
    }

    static Topic byId(String id) {
        return ALL.stream()
                .filter(topic -> topic.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo topic " + id));
    }

    private static final List<Topic> ALL = List.of(
            new Topic(
                    "cpanel-access",
                    DemoRoster.HOSTING,
                    List.of(
                            "no puedo entrar al cPanel de {domain}, me rechaza la contraseña",
                            "quiero entrar al panel de control y no me deja, vuelve todo el tiempo a la pantalla de ingreso",
                            "desde ayer no puedo ingresar al cPanel, y uso la misma clave de siempre"),
                    List.of(
                            "quiero entrar a la parte donde se administra la página y no me deja pasar, me dice algo de la clave",
                            "me pide usuario y contraseña para entrar al panel ese y no se cual es"),
                    List.of(
                            "Ya probé desde otra red y con datos y ahí entra; en los logs de mi router no hay nada raro, así que sospecho que bloquearon mi IP en el firewall. Por SSH sí entro.",
                            "Probé en modo incógnito; con curl el login devuelve 401 y por SSH entro bien, así que la cuenta está activa."),
                    List.of(
                            "Entiendo, {name}: no podés ingresar al panel de control de {domain} porque te rechaza la clave.",
                            "Perfecto, entonces el cPanel no te deja entrar aunque la contraseña sea la de siempre."),
                    List.of(
                            "¿Te aparece algún mensaje de error o solo vuelve a pedirte los datos?",
                            "¿Desde cuándo te pasa? ¿Cambiaste la contraseña hace poco?",
                            "¿Probaste entrar desde otro navegador o desde el celular?"),
                    List.of(
                            "me dice que el intento de acceso falló, nada más",
                            "desde ayer a la tarde, la cambié la semana pasada pero entraba bien",
                            "si, probé desde el celular y tampoco"),
                    List.of(
                            "reviso los accesos de tu cuenta",
                            "verifico el estado de tu usuario",
                            "chequeo los bloqueos del servidor"),
                    List.of(
                            "Encontré el problema: después de varios intentos fallidos el sistema de seguridad bloqueó tu conexión. "
                                    + "Ya la desbloqueé y te mandé a {email} un enlace para elegir una contraseña nueva.",
                            "Tu usuario estaba bloqueado por varios intentos con una clave vieja guardada en el navegador. "
                                    + "Lo desbloqueé; borrá la clave guardada y entrá con la actual."),
                    List.of(
                            "Tu IP quedó en el deny list del firewall por brute force (cPHulk), ya la saqué. Reseteá la pass desde el link.",
                            "Era cPHulk que te bloqueó la IP por los logins fallidos, ya está whitelisteada."),
                    List.of(
                            "El sistema de seguridad te había bloqueado por probar la clave varias veces, como hace el banco. "
                                    + "Ya lo destrabé. Ahora: 1) abrí el mail que te mandé a {email}, 2) tocá el botón azul, 3) elegí una clave nueva.",
                            "Te explico simple: el panel se cerró por seguridad después de varios intentos. Ya lo abrí de nuevo; "
                                    + "primero entrá al mail que te llegó y seguí el enlace para poner una clave nueva."),
                    List.of(
                            "La cuenta tiene un bloqueo de seguridad que desde soporte de primer nivel no puedo levantar; lo tiene que revisar el área técnica.",
                            "El usuario del panel quedó dañado después de la última migración y hay que regenerarlo desde el área técnica."),
                    0.2),
            new Topic(
                    "wordpress-slow",
                    DemoRoster.HOSTING,
                    List.of(
                            "la página anda lentísima, tarda como {n} segundos en abrir",
                            "mi WordPress está re lento desde hace unos días, {domain} tarda una eternidad",
                            "la web carga muy lento y los clientes se me quejan"),
                    List.of(
                            "la página tarda muchísimo en aparecer y no se que le pasa, yo no toqué nada",
                            "mi pagina se queda pensando un monton, la ruedita da vueltas y vueltas"),
                    List.of(
                            "Medí con GTmetrix y el TTFB da más de {n} segundos; en los logs de PHP no hay errores y la base de datos pesa 200 MB. Sospecho del servidor.",
                            "En los logs veo consultas lentas a la base de datos, wp_options tiene mucho autoload."),
                    List.of(
                            "Entiendo, tu sitio {domain} está cargando muy lento y eso te complica con los clientes.",
                            "Ok, la web tarda demasiado en abrir desde hace unos días."),
                    List.of(
                            "¿Te pasa en todas las páginas o solo en algunas? ¿Instalaste algún plugin o tema nuevo últimamente?",
                            "¿Desde cuándo notás la lentitud? ¿Hiciste algún cambio en el sitio?"),
                    List.of(
                            "en todas, y si, la semana pasada instalé un plugin de slider",
                            "desde el lunes más o menos, actualicé unos plugins"),
                    List.of(
                            "reviso el consumo de recursos de tu cuenta",
                            "analizo qué está usando el sitio",
                            "miro el rendimiento del sitio"),
                    List.of(
                            "Encontré que el plugin de slider que instalaste está consumiendo casi todo el procesador de tu plan en cada visita. "
                                    + "Lo desactivé y la página ya abre en 2 segundos; si lo necesitás, te recomiendo uno más liviano.",
                            "El problema es que uno de los plugins actualizados hace muchísimas consultas en cada visita. Lo desactivé, "
                                    + "activé la caché del sitio y ahora carga rápido."),
                    List.of(
                            "El plugin dispara queries pesadas a la base de datos y te deja el CPU del LVE al 100%; lo deshabilité y activé la cache de LiteSpeed.",
                            "Tenés el LVE clavado por un plugin, le bajé el autoload a wp_options y prendí la cache."),
                    List.of(
                            "Uno de los agregados que instalaste en la página le pedía demasiado trabajo a tu plan en cada visita. "
                                    + "Lo apagué y ahora la página abre rápido. No tenés que hacer nada."),
                    List.of(
                            "La lentitud no viene de tu cuenta: el servidor donde está tu sitio tiene una carga alta y lo tiene que revisar el área de infraestructura.",
                            "Tu sitio está bien configurado; el equipo donde está alojado tiene problemas de disco y eso lo resuelve infraestructura."),
                    0.25),
            new Topic(
                    "wordpress-503",
                    DemoRoster.HOSTING,
                    List.of(
                            "me sale error 503 en {domain}",
                            "la tienda tira un error 503 y no se puede comprar nada",
                            "la web está caída, aparece Service Unavailable"),
                    List.of(
                            "la página no abre, sale un cartel blanco con unos números y algo en inglés",
                            "entro a mi pagina y me sale un error raro, no se que hacer"),
                    List.of(
                            "Revisé los logs y no hay errores de PHP; el 503 lo devuelve el servidor directo, supongo que el cron de WordPress agotó los procesos.",
                            "Probé con curl -I y devuelve 503 también desde afuera; por SSH veo la carga del server en 30."),
                    List.of(
                            "Entiendo, {name}: el sitio {domain} está mostrando un error 503 y no carga.",
                            "Ok, la tienda está caída con un error 503 y no podés vender."),
                    List.of(
                            "¿El error aparece en todo el sitio o solo en alguna sección?",
                            "¿Te pasa en todas las páginas o solo al entrar al carrito?"),
                    List.of("en todas las paginas", "en todo, hasta en el panel de WordPress"),
                    List.of(
                            "reviso el uso de recursos de tu cuenta",
                            "verifico los registros del servidor",
                            "chequeo qué está pasando con el sitio"),
                    List.of(
                            "El sitio llegó al límite de procesos simultáneos de tu plan por un pico de visitas automáticas de bots. "
                                    + "Bloqueé esos bots y el sitio ya carga normalmente.",
                            "Lo que pasaba es que una tarea programada del WordPress quedó trabada y ocupaba todos los recursos del plan. "
                                    + "La detuve y la web volvió a funcionar."),
                    List.of(
                            "Se llenaron los entry processes por un crawler; bloqueé el user agent en el .htaccess y reinicié PHP-FPM.",
                            "Era wp-cron colgado con el PHP al tope, lo maté y ya está."),
                    List.of(
                            "Tu página recibía muchísimas visitas automáticas de programas (no de personas) y se saturaba. "
                                    + "Ya las bloqueé y volvió a funcionar; no tenés que cambiar nada."),
                    List.of(
                            "El error viene del servidor donde está alojada tu cuenta, que tiene una falla de hardware; lo está revisando infraestructura.",
                            "Tu plan se quedó corto para las visitas que tiene hoy la tienda y hay que evaluarlo con el área técnica."),
                    0.3),
            new Topic(
                    "disk-quota",
                    DemoRoster.HOSTING,
                    List.of(
                            "me llegó un aviso de que me quedé sin espacio en el hosting",
                            "dice que el disco está lleno y no puedo subir fotos a la web",
                            "me aparece que estoy usando el {percent}% del espacio, pero la página es chiquita"),
                    List.of(
                            "me llegó un mail que dice que se llenó el espacio y no entiendo que es eso",
                            "no puedo subir mas fotos a la pagina, dice algo del espacio"),
                    List.of(
                            "Por consola con du -sh me da 2 GB, pero el cPanel marca 9.8; ¿cuentan los snapshots de JetBackup?",
                            "Revisé los logs y no encuentro qué ocupa tanto, sospecho de los backups de JetBackup."),
                    List.of(
                            "Entiendo, te quedaste sin espacio en el plan y por eso no podés subir archivos.",
                            "Ok {name}, el hosting te avisa que el espacio de disco está casi lleno."),
                    List.of(
                            "¿Te llegó algún aviso por mail o viste el error en el panel? ¿Hiciste copias de seguridad hace poco?",
                            "¿Desde cuándo te aparece el aviso? ¿Guardás correos en el servidor?"),
                    List.of(
                            "me llegó un mail que decía que estoy al {percent}%",
                            "hace unos días, y si, guardo todos los mails en el webmail"),
                    List.of(
                            "reviso qué está ocupando el espacio",
                            "analizo el uso del disco",
                            "verifico las carpetas de tu cuenta"),
                    List.of(
                            "Lo que ocupa casi todo el espacio son copias de seguridad viejas que quedaron dentro de la carpeta del sitio: son 6 GB. "
                                    + "Las borré con tu permiso y ahora tenés el 40% libre.",
                            "Encontré que la casilla de correo guarda más de 5 GB de mensajes viejos con adjuntos. Te conviene borrar los de hace "
                                    + "años o descargarlos; con eso liberás casi todo el espacio."),
                    List.of(
                            "Tenés 6 GB de backups .tar.gz en public_html y el error_log pesa 1 GB; borralos por FTP.",
                            "Es el Maildir, 5 GB de adjuntos. Vaciá por IMAP o subí la quota."),
                    List.of(
                            "El espacio se llenó con copias viejas de la página que quedaron guardadas. Ya las borré y te sobra lugar. "
                                    + "Podés volver a subir las fotos como siempre."),
                    List.of(
                            "Para ampliar el espacio hay que cambiar de plan, y el cambio lo gestiona el área comercial.",
                            "El espacio que marca el panel no coincide con lo que hay en la cuenta; hay que recalcularlo desde el área técnica."),
                    0.25),
            new Topic(
                    "invoice",
                    DemoRoster.HOSTING,
                    List.of(
                            "me suspendieron la cuenta y ya pagué la factura",
                            "me llegaron dos facturas este mes, una de {price}, ¿por qué me cobran dos veces?"),
                    List.of(
                            "me cortaron la pagina y yo pague todo, no entiendo que pasó",
                            "me llegaron dos cobros y no sé cuál tengo que pagar"),
                    List.of(
                            "Pagué por transferencia con el CBU de la factura; exporté el CSV de movimientos y en los logs del área de clientes figura acreditado. Debería estar imputado.",
                            "Las dos facturas tienen el mismo período; lo comparé en el CSV que exporta el área de clientes y en los logs del débito automático hay un solo cobro."),
                    List.of(
                            "Entiendo, {name}: pagaste la factura pero la cuenta sigue suspendida.",
                            "Ok, te llegó un cobro que no te corresponde y querés saber de dónde sale."),
                    List.of(
                            "¿Con qué medio pagaste y en qué fecha? ¿Te llegó el comprobante?",
                            "¿Las dos facturas tienen el mismo número o son distintos?"),
                    List.of(
                            "con Mercado Pago, el {date}, tengo el comprobante",
                            "son distintos números, una dice renovación"),
                    List.of(
                            "reviso el estado de tus facturas",
                            "verifico los pagos de tu cuenta",
                            "consulto tus movimientos"),
                    List.of(
                            "El pago quedó acreditado hoy a la mañana, pero el sistema no reactiva la cuenta solo hasta el próximo ciclo. "
                                    + "Ya la reactivé a mano y el sitio está en línea de nuevo.",
                            "Una de las facturas es la renovación anual del dominio, que vence junto con el hosting; no es un cobro duplicado. "
                                    + "Te dejo el detalle en el área de clientes."),
                    List.of(
                            "El pago se acreditó pero el cron de WHMCS no corrió el unsuspend; lo forcé a mano.",
                            "Es la invoice del dominio, no es duplicada, está en el área de clientes."),
                    List.of(
                            "Tu pago llegó bien, lo que pasó es que el sistema tarda un día en darse cuenta. Ya reactivé la cuenta y la página vuelve a verse."),
                    List.of(
                            "El pago figura en Mercado Pago pero no quedó asociado a tu factura; eso lo corrige el área de facturación.",
                            "La factura tiene un error en el importe y solo facturación la puede anular y emitir de nuevo."),
                    0.4),
            new Topic(
                    "mail-bounce",
                    DemoRoster.MAIL,
                    List.of(
                            "los mails que mando me vuelven rebotados",
                            "no me salen los mails, me rebotan todos",
                            "cuando le escribo a clientes de Gmail me vuelve un mensaje de error"),
                    List.of(
                            "mando correos y me vuelven con un mensaje en inglés que no entiendo",
                            "no me salen los mails, me llega un cartel raro de vuelta"),
                    List.of(
                            "Revisé los headers y el rebote dice 550 5.7.26; me parece que falta el DKIM o el SPF está mal.",
                            "Chequeé el SPF con dig y tiene dos registros TXT, creo que por eso falla la validación."),
                    List.of(
                            "Entiendo, {name}: los correos que enviás desde {email} te vuelven rebotados.",
                            "Ok, tus mails no salen y te llega un aviso de rechazo."),
                    List.of(
                            "¿Te rebotan con todos los destinatarios o solo con algunos? ¿Qué dice el mensaje de rebote?",
                            "¿Desde cuándo te pasa? ¿Te pasa desde el webmail también o solo desde Outlook?"),
                    List.of(
                            "solo con los de gmail, dice algo de que el remitente no está autenticado",
                            "desde el martes, y si, desde el webmail también"),
                    List.of(
                            "hago unas pruebas de envío desde tu casilla",
                            "reviso la configuración de tu dominio",
                            "verifico los registros de correo"),
                    List.of(
                            "Después de algunas pruebas vi que tu dominio no tenía cargada la autorización para que nuestro servidor envíe "
                                    + "correo en su nombre, y por eso Gmail los rechazaba. Ya la agregué; en un rato tus mails van a salir normalmente.",
                            "El problema era que tu dominio tenía dos configuraciones de autorización de envío y se pisaban entre sí. "
                                    + "Dejé una sola, correcta, y ya probé un envío a Gmail que llegó bien."),
                    List.of(
                            "Te faltaba el registro SPF y la firma DKIM en la zona DNS, Gmail te rebotaba con 550 5.7.26. Ya los agregué, esperá la propagación.",
                            "Tenías dos TXT de SPF, un permerror de manual; dejé uno con include y el DKIM firmado."),
                    List.of(
                            "A tu dominio le faltaba una especie de permiso que le avisa a Gmail que nuestros servidores pueden mandar mails en tu nombre. "
                                    + "Ya lo agregué. En una o dos horas tus mails van a salir bien, no tenés que tocar nada."),
                    List.of(
                            "El servidor de correo desde el que salen tus mails quedó marcado como spam por culpa de otra cuenta; eso lo resuelve el área de infraestructura.",
                            "El rebote viene de una configuración del servidor de salida que no puedo cambiar desde soporte."),
                    0.3),
            new Topic(
                    "mail-spam",
                    DemoRoster.MAIL,
                    List.of(
                            "los mails que mando les llegan a spam a mis clientes",
                            "todos mis presupuestos terminan en la carpeta de correo no deseado",
                            "me dicen que mis correos les llegan como spam"),
                    List.of(
                            "mis clientes me dicen que mis mails les llegan a una carpeta de basura y no se por que",
                            "mis correos caen en spam, no sé qué es eso ni cómo se arregla"),
                    List.of(
                            "Revisé el DMARC y no tengo ninguno publicado, y el DKIM da fail en los headers de Gmail.",
                            "Chequee el SPF y está bien, pero en mail-tester me da 4/10 por el DKIM."),
                    List.of(
                            "Entiendo, tus correos llegan a la carpeta de spam de tus clientes en lugar de la bandeja de entrada.",
                            "Ok {name}, los mails que enviás desde {email} terminan como correo no deseado."),
                    List.of(
                            "¿Les pasa a todos los destinatarios o solo a los que usan Gmail u Outlook? ¿Mandás muchos mails juntos?",
                            "¿Desde cuándo pasa? ¿Cambiaste algo en la firma o en el diseño de los mails?"),
                    List.of("sobre todo a los de hotmail, y no, mando pocos", "desde que cambié la firma con el logo"),
                    List.of(
                            "reviso la configuración de envío de tu dominio",
                            "hago unas pruebas de envío",
                            "verifico la reputación de tu dominio"),
                    List.of(
                            "Tu dominio no tenía la firma digital que usan Gmail y Outlook para confiar en un remitente, así que tus mails parecían "
                                    + "sospechosos. Ya la activé y también agregué la política que les dice qué hacer con los mails falsos.",
                            "Encontré que la firma de tus mails tiene una imagen pesada enlazada desde otro sitio y eso suma puntos de spam. "
                                    + "Te recomiendo adjuntar el logo en vez de enlazarlo; ya activé la firma digital del dominio."),
                    List.of(
                            "Faltaban DKIM y DMARC, ya los publiqué en la zona; esperá que propague y chequeá con mail-tester.",
                            "Tu SPF estaba en softfail y sin DKIM; agregué los TXT y un DMARC p=none."),
                    List.of(
                            "A tus mails les faltaba una firma que los identifica como tuyos, como un sello. Ya la agregué, "
                                    + "y en unas horas tus mails van a empezar a llegar a la bandeja normal."),
                    List.of(
                            "El dominio figura en una lista de spam externa y el pedido para salir de esa lista lo hace el área técnica.",
                            "La reputación del servidor de salida está baja esta semana; lo está resolviendo infraestructura."),
                    0.25),
            new Topic(
                    "mailbox-full",
                    DemoRoster.MAIL,
                    List.of(
                            "no me llegan los mails a {email} y me dicen que les rebota",
                            "mis clientes dicen que mi casilla está llena",
                            "me llegan avisos de que la casilla superó el límite"),
                    List.of(
                            "me dicen que mi correo está lleno, ¿cómo se vacía eso?",
                            "no me llegan mails y mi hija dice que es porque está lleno, no entiendo"),
                    List.of(
                            "En los logs del webmail el rebote dice 552 5.2.2 mailbox full, pero tengo solo 300 MB. ¿La cuota está mal calculada?",
                            "Por consola, con IMAP, veo la casilla con 400 MB y el cPanel marca 1 GB al 100%; el rebote es 552 5.2.2, capaz la cuota quedó desfasada."),
                    List.of(
                            "Entiendo, {name}: los correos no entran a {email} porque la casilla está llena.",
                            "Ok, te rebotan los mails entrantes por falta de espacio en la casilla."),
                    List.of(
                            "¿Usás el correo desde el celular, desde Outlook o desde el webmail? ¿Borrás los mails viejos?",
                            "¿Te pasa solo con esa casilla o con otras del dominio también?"),
                    List.of("desde el celu y el webmail, nunca borré nada", "solo con esa, las otras andan bien"),
                    List.of(
                            "reviso el tamaño de tu casilla",
                            "verifico el límite de la cuenta de correo",
                            "chequeo la casilla"),
                    List.of(
                            "Tu casilla {email} llegó al límite de 1 GB que tenía asignado, por eso los mensajes nuevos rebotaban. "
                                    + "Le subí el límite a 5 GB y ya te entran; igual te conviene borrar los adjuntos viejos.",
                            "La casilla estaba llena por la papelera, que guardaba más de 2.000 mensajes. La vacié y ya tenés lugar de sobra."),
                    List.of(
                            "La cuota del buzón estaba al 100% y el MTA devolvía 552; subí la quota a 5 GB desde cPanel.",
                            "El Maildir tenía la papelera llena, la purgué y recalculé la quota."),
                    List.of(
                            "Tu correo tenía un límite de espacio y se llenó con mensajes viejos, como un cajón que ya no cierra. "
                                    + "Le agrandé el espacio y ya te llegan los mails. No tenés que hacer nada."),
                    List.of(
                            "El espacio que marca la casilla está mal calculado y corregirlo requiere al área técnica.",
                            "Para darte más espacio del que incluye tu plan hay que cambiar de plan desde el área comercial."),
                    0.15),
            new Topic(
                    "mail-client",
                    DemoRoster.MAIL,
                    List.of(
                            "quiero configurar el mail en el Outlook de la compu y no me deja",
                            "en el celular no me sincroniza el correo"),
                    List.of(
                            "quiero tener el mail en la compu y no sé qué poner donde me pide el servidor",
                            "me compré un celular nuevo y no sé cómo poner el mail ahí"),
                    List.of(
                            "Lo configuré con IMAP en el puerto 993 con SSL y SMTP en el 465, pero el envío da timeout; con telnet al 465 tampoco conecta. ¿Tienen bloqueado el puerto?",
                            "En el celular configuré IMAP en el puerto 993 con SSL y me tira error de certificado; con openssl veo que el CN no coincide con mail.{domain}."),
                    List.of(
                            "Entiendo, querés usar tu correo {email} en el programa y no logra conectarse.",
                            "Perfecto, necesitás configurar el correo en el dispositivo nuevo."),
                    List.of(
                            "¿Qué error te aparece cuando intentás enviar o recibir? ¿Lo estás configurando en la compu o en el celular?",
                            "¿Te pide algún dato que no sepas o te da un mensaje de error?"),
                    List.of(
                            "en la compu, me dice que no se puede conectar al servidor",
                            "en el celular, me pide el servidor y no sé qué poner"),
                    List.of(
                            "reviso la configuración de tu casilla",
                            "verifico los datos de conexión",
                            "pruebo la conexión a tu casilla"),
                    List.of(
                            "El problema era que estabas usando el nombre del servidor viejo, de antes de la migración. Tenés que poner mail.{domain} "
                                    + "en entrada y salida, con tu dirección completa como usuario; lo probé desde acá y conecta bien.",
                            "Tu programa tenía guardada una contraseña vieja. Te la cambié por una nueva que te mandé a tu otro correo; "
                                    + "con esa ya conecta."),
                    List.of(
                            "Configurá IMAP con puerto 993 SSL y SMTP 465 SSL, servidor mail.{domain}, auth con la misma pass.",
                            "Usá mail.{domain}, IMAP 993/TLS y SMTP 465, el host viejo ya no existe."),
                    List.of(
                            "Te lo paso paso a paso: 1) abrí el programa de correo y tocá «Agregar cuenta», 2) escribí tu dirección {email} "
                                    + "y tu contraseña, 3) donde pide servidor poné mail.{domain} en las dos casillas. Con eso ya queda andando."),
                    List.of(
                            "El servidor de correo está con una falla de certificado que tiene que corregir el área técnica.",
                            "Tu cuenta tiene una restricción de envío que solo puede quitar el área técnica."),
                    0.15),
            new Topic(
                    "mail-not-receiving",
                    DemoRoster.MAIL,
                    List.of(
                            "no me llegan los mails desde ayer",
                            "hace dos días que no recibo ningún correo en {email}",
                            "me dicen que me mandan mails y a mí no me llega nada"),
                    List.of(
                            "no me llega ningún correo y no sé si es algo que toqué",
                            "la gente me escribe y no me llega nada, estoy perdida"),
                    List.of(
                            "Con dig veo que los MX apuntan a Google, pero yo nunca migré a Workspace. ¿Alguien cambió la zona?",
                            "Hice nslookup y los MX no resuelven; capaz se rompió la zona DNS cuando cambiaron los nameservers."),
                    List.of(
                            "Entiendo, {name}: no estás recibiendo los correos que te envían a {email}.",
                            "Ok, los mails entrantes no te llegan desde ayer."),
                    List.of(
                            "¿Te llega algún rebote a quien te escribe? ¿Hiciste algún cambio en el dominio o en la web?",
                            "¿Te pasa con todos los remitentes? ¿Cambiaste algo del sitio hace poco?"),
                    List.of(
                            "si, el diseñador cambió la web la semana pasada",
                            "no sé, creo que no, mi socio tocó algo del dominio"),
                    List.of(
                            "reviso hacia dónde está yendo tu correo",
                            "verifico la configuración del dominio",
                            "reviso los registros del dominio"),
                    List.of(
                            "Vi que cuando cambiaron la web también se modificó hacia dónde van tus mails, que estaban yendo a otro proveedor. "
                                    + "Ya lo dejé de nuevo apuntando a nuestros servidores y en un rato empiezan a entrar.",
                            "Tu casilla tenía un filtro que mandaba todos los mensajes a una carpeta llamada «Archivados». Lo quité y ya entran a la bandeja."),
                    List.of(
                            "Los registros MX apuntaban a Google Workspace, los volví a mx1.towebs.com; esperá que propague el TTL.",
                            "La zona DNS quedó sin MX cuando cambiaron los nameservers, los recreé."),
                    List.of(
                            "Cuando tocaron la página también cambiaron, sin querer, la dirección adonde se entregan tus mails. Ya lo acomodé; "
                                    + "en una o dos horas empiezan a llegar de nuevo y no se pierde nada."),
                    List.of(
                            "El dominio está administrado en otro proveedor y el cambio tiene que hacerse ahí; te abro el caso para acompañarte.",
                            "El servidor de entrada tiene una cola trabada que tiene que liberar el área técnica."),
                    0.2),
            new Topic(
                    "dns-propagation",
                    DemoRoster.DOMAINS,
                    List.of(
                            "cambié los DNS del dominio hace dos días y la web sigue sin verse",
                            "apunté {domain} a ustedes y todavía me aparece la página vieja",
                            "hice el cambio de servidores de nombre y no pasa nada"),
                    List.of(
                            "me dijeron que cambie unos números en la página donde compré el dominio y la web no aparece",
                            "el diseñador me dijo que hay que esperar no sé qué y ya pasaron dos días"),
                    List.of(
                            "Con dig +trace veo que los nameservers ya son los de ustedes, pero algunos resolvers siguen con la IP vieja.",
                            "Verifiqué la delegación en NIC Argentina y está aprobada, pero el whois todavía muestra los NS viejos."),
                    List.of(
                            "Entiendo, cambiaste la configuración del dominio {domain} y la web todavía no se ve.",
                            "Ok, hiciste el cambio de DNS y seguís viendo el sitio anterior."),
                    List.of(
                            "¿El dominio lo registraste con nosotros o con otro proveedor? ¿Cuándo hiciste el cambio?",
                            "¿Te pasa desde todos los dispositivos o solo desde tu compu?"),
                    List.of(
                            "lo compré en NIC Argentina, el cambio lo hice el {date}",
                            "desde la compu sí, desde el celu con datos no sé"),
                    List.of(
                            "reviso la configuración del dominio",
                            "verifico hacia dónde apunta tu dominio",
                            "chequeo el estado del dominio"),
                    List.of(
                            "El cambio está bien hecho, pero tu proveedor de internet todavía recuerda la dirección vieja. Se actualiza solo "
                                    + "en unas horas; mientras tanto podés ver el sitio nuevo desde el celular con datos móviles.",
                            "Encontré que el cambio quedó a medias: uno de los dos servidores seguía siendo el anterior. Lo corregí y en unas horas se ve el sitio nuevo."),
                    List.of(
                            "Los nameservers ya están delegados, es la cache del resolver de tu ISP; el TTL era de 86400, en 24 h propaga.",
                            "Te quedó un NS viejo en la delegación, lo saqué; ahora es cuestión de propagación."),
                    List.of(
                            "El cambio que hiciste está bien. Lo que pasa es que internet tarda unas horas en enterarse, es como cuando te mudás "
                                    + "y algunas cartas siguen llegando a la casa vieja unos días. Se va a acomodar solo, en menos de 48 horas."),
                    List.of(
                            "La delegación en NIC Argentina quedó pendiente de aprobación y eso tiene que seguirlo el área de dominios.",
                            "El dominio tiene un bloqueo en el registro que impide el cambio; lo tiene que gestionar el área de dominios."),
                    0.2),
            new Topic(
                    "domain-transfer",
                    DemoRoster.DOMAINS,
                    List.of(
                            "quiero traer mi dominio que está en GoDaddy y me piden un código",
                            "quiero transferir {domain} a ToWebs, ¿cómo hago?",
                            "inicié la transferencia del dominio hace una semana y sigue pendiente"),
                    List.of(
                            "quiero tener todo con ustedes pero el dominio está en otro lado y no sé cómo se pasa",
                            "me piden un código para pasar el dominio y no sé de dónde sacarlo"),
                    List.of(
                            "Ya le saqué el lock en el registrar y pedí el EPP, pero el authcode lo rechaza la orden; por whois figura sin bloqueo y los nameservers son los de ustedes.",
                            "El whois sigue mostrando clientTransferProhibited, aunque en el registrar figura desbloqueado; la zona DNS ya la tengo copiada."),
                    List.of(
                            "Entiendo, querés pasar la administración de {domain} a nosotros y te piden un código.",
                            "Ok, {name}, la transferencia del dominio está trabada."),
                    List.of(
                            "¿El dominio está desbloqueado en el proveedor actual? ¿Te llegó el código de autorización?",
                            "¿Hace cuánto lo registraste? ¿El mail del titular es uno que usás todavía?"),
                    List.of(
                            "no sé si está desbloqueado, el código no me llegó",
                            "lo registré hace como tres años, el mail es el mío"),
                    List.of(
                            "reviso el estado del dominio",
                            "verifico la transferencia",
                            "consulto el estado en el registro"),
                    List.of(
                            "Para traerlo necesitás el código de transferencia que te da tu proveedor actual (se pide desde su panel y llega al mail del titular). "
                                    + "Ya te dejé iniciada la transferencia: cuando lo tengas lo cargás en el área de clientes y en 5 a 7 días queda con nosotros.",
                            "La transferencia estaba esperando que confirmes el mail que te mandó el proveedor anterior. Te lo reenvié; "
                                    + "cuando lo confirmes se completa en unos días."),
                    List.of(
                            "Pedile el EPP al registrar, sacale el lock y cargalo en la orden; después hay 5 días de ACK.",
                            "Tenés clientTransferProhibited; desbloquealo, pedí el authcode y reintentamos."),
                    List.of(
                            "Para mudar el dominio necesitás una especie de contraseña que te da la empresa donde lo tenés hoy. "
                                    + "Primero entrá a tu cuenta ahí y pedí el «código de transferencia»; después me lo pasás y yo hago el resto."),
                    List.of(
                            "El código que te dieron fue rechazado por el registro del dominio; lo tiene que revisar el área de dominios con el otro proveedor.",
                            "El dominio figura con un cambio de titular reciente y eso bloquea la transferencia por 60 días; lo revisa el área de dominios."),
                    0.3),
            new Topic(
                    "ssl",
                    DemoRoster.DOMAINS,
                    List.of(
                            "me aparece sitio no seguro en {domain}",
                            "el candadito no aparece y el navegador dice que el certificado está vencido",
                            "la tienda dice que la conexión no es privada"),
                    List.of(
                            "en la página me sale que no es segura y los clientes se asustan",
                            "me aparece un cartel rojo de peligro cuando entro a mi página"),
                    List.of(
                            "Revisé con openssl s_client y el certificado venció ayer; el AutoSSL parece que falló la validación.",
                            "Con openssl s_client veo que el certificado es válido pero la cadena viene incompleta, falta el intermedio de Let's Encrypt."),
                    List.of(
                            "Entiendo, el sitio {domain} aparece como no seguro en el navegador.",
                            "Ok {name}, el certificado de seguridad del sitio está dando error."),
                    List.of(
                            "¿Te aparece en todas las páginas o solo en algunas? ¿Cambiaste algo del dominio hace poco?",
                            "¿Desde cuándo te aparece el aviso? ¿Usás algún servicio como Cloudflare?"),
                    List.of("en todas, y sí, hace unos días cambié los DNS", "desde ayer, no uso nada de eso"),
                    List.of(
                            "reviso el certificado de tu sitio",
                            "verifico el estado del certificado",
                            "chequeo la seguridad del dominio"),
                    List.of(
                            "El certificado de seguridad gratuito no se pudo renovar solo porque el dominio apuntaba a otro lado unos días; "
                                    + "ya lo renové y ahora el sitio muestra el candado.",
                            "Encontré que el sitio tenía el certificado bien, pero algunas imágenes se cargaban sin conexión segura. "
                                    + "Corregí las direcciones y ya aparece el candado en todas las páginas."),
                    List.of(
                            "AutoSSL falló la validación DCV porque el registro A apuntaba a Cloudflare; forcé el reissue y ya está el Let's Encrypt instalado.",
                            "Era mixed content por URLs http en la base de datos, hice un search-replace."),
                    List.of(
                            "El candadito de seguridad se renueva solo cada tres meses, pero esta vez no pudo. Ya lo renové a mano "
                                    + "y tu página vuelve a aparecer como segura. No tenés que hacer nada."),
                    List.of(
                            "El certificado pago que tenés lo emite otra empresa y la reemisión tiene que pedirla el área de dominios.",
                            "El dominio todavía apunta a otro servidor, y hasta corregir eso el área técnica no puede emitir el certificado."),
                    0.2),
            new Topic(
                    "domain-expired",
                    DemoRoster.DOMAINS,
                    List.of(
                            "se me venció el dominio y la página no anda",
                            "se me venció {domain} y no sé cómo renovarlo",
                            "la web dejó de funcionar y me dicen que el dominio está vencido"),
                    List.of(
                            "dejó de andar la página y el mail, me dijeron que es algo del dominio que venció",
                            "me llegó un mail de vencimiento y no sé qué tengo que pagar"),
                    List.of(
                            "El whois dice status redemptionPeriod desde el {date} y los nameservers siguen bien; quiero saber el costo de la recuperación.",
                            "El dominio figura expired en el whois pero la zona DNS sigue activa; ¿está en período de gracia?"),
                    List.of(
                            "Entiendo, {name}: el dominio {domain} venció y por eso dejó de verse la página.",
                            "Ok, necesitás renovar el dominio antes de que se pierda."),
                    List.of(
                            "¿Te llegaron los avisos de vencimiento? ¿Ya hiciste el pago de la renovación?",
                            "¿El dominio es .com.ar o .com? ¿Está a tu nombre?"),
                    List.of(
                            "no me llegó nada, el mail de contacto era de una empleada que ya no está",
                            "es .com.ar y está a mi nombre"),
                    List.of(
                            "reviso el estado del dominio",
                            "verifico la fecha de vencimiento",
                            "consulto el registro del dominio"),
                    List.of(
                            "El dominio venció el {date} y por eso dejó de verse el sitio. Te generé la factura de renovación; "
                                    + "apenas se acredite el pago, el sitio vuelve en unas horas. También actualicé el mail de contacto para que te lleguen los avisos.",
                            "El dominio sigue en período de gracia, así que se puede renovar sin recargo. Ya te dejé la factura en el área de clientes; "
                                    + "cuando la pagues, vuelve a funcionar todo."),
                    List.of(
                            "Está en grace period, pagá la invoice de renovación y se reactiva la zona; actualicé el contacto del registrant.",
                            "Redemption period: hay que pagar el restore fee y esperar que el registry lo libere."),
                    List.of(
                            "Los dominios se alquilan por año, y el tuyo se venció el {date}. Te dejé la factura para renovarlo; "
                                    + "cuando la pagues, en unas horas tu página y tu mail vuelven a funcionar."),
                    List.of(
                            "Pasó el período de gracia y el dominio entró en redención; para recuperarlo el área de dominios tiene que gestionarlo con el registro.",
                            "El dominio figura a nombre de otra persona y el cambio de titular lo tiene que validar el área de dominios."),
                    0.3));
}
