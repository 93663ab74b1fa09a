package com.towebs.chatqa.tools.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A customer of the demo: a name, the domain of its site and its mailbox there, its panel user and its
 * character. Customers
 * are drawn from a fixed pool per seed, so some write more than once in the two months, as real ones do.
 */
record DemoCustomer(
        String id,
        String firstName,
        String fullName,
        String domain,
        String email,
        String panelUser,
        CustomerKind kind) {

    private static final List<String> FIRST_NAMES = List.of(
            "Pedro",
            "Daniela",
            "Cristian",
            "Patricia",
            "Lucas",
            "Valeria",
            "Martín",
            "Gabriela",
            "Federico",
            "Romina",
            "Hernán",
            "Silvina",
            "Nicolás",
            "Carolina",
            "Julián",
            "Mariela",
            "Gustavo",
            "Lorena",
            "Pablo",
            "Verónica",
            "Sebastián",
            "Natalia",
            "Marcelo",
            "Andrea",
            "Tomás",
            "Graciela",
            "Leandro",
            "Paula",
            "Ezequiel",
            "Mónica",
            "Facundo",
            "Cecilia",
            "Rodolfo",
            "Julieta",
            "Ignacio",
            "Norma");
    private static final List<String> SURNAMES = List.of(
            "Núñez",
            "Vallejos",
            "Ferreyra",
            "Gómez",
            "Pereyra",
            "Sánchez",
            "Romero",
            "Medina",
            "Herrera",
            "Aguirre",
            "Giménez",
            "Molina",
            "Castro",
            "Ortiz",
            "Domínguez",
            "Ledesma",
            "Cabrera",
            "Morales",
            "Ibáñez",
            "Correa",
            "Villalba",
            "Paz",
            "Godoy",
            "Bustos",
            "Ojeda",
            "Carrizo");
    private static final List<String> BUSINESSES = List.of(
            "panaderia",
            "estudio",
            "ferreteria",
            "bikes",
            "deco",
            "viajes",
            "inmobiliaria",
            "odontologia",
            "vinos",
            "indumentaria",
            "libreria",
            "veterinaria",
            "catering",
            "muebles",
            "consultora",
            "gomeria",
            "optica",
            "jardin",
            "fotografia",
            "yoga",
            "pasteleria",
            "automotores");
    private static final List<String> MAILBOXES = List.of("info", "ventas", "contacto", "administracion", "hola");
    private static final List<String> SUFFIXES = List.of(".com.ar", ".com.ar", ".com", ".ar", ".com.ar", ".net.ar");

    /** The customer number {@code number} of the pool drawn from {@code seed}. */
    static DemoCustomer drawn(long seed, int number) {
        Dice dice = Dice.of(seed, 0xC057, number);
        String first = dice.pick(FIRST_NAMES);
        String surname = dice.pick(SURNAMES);
        String business = dice.pick(BUSINESSES);
        String stem = dice.chance(0.5) ? business + slug(surname) : slug(surname) + business;
        String domain = stem + dice.pick(SUFFIXES);
        String email = dice.pick(MAILBOXES) + "@" + domain;
        String panelUser = stem.length() > 8 ? stem.substring(0, 8) : stem;
        return new DemoCustomer(
                "c-" + (4100 + number), first, first + " " + surname, domain, email, panelUser, kind(dice));
    }

    /** Customers keep their character: the kind is the customer's, in the shares {@link CustomerKind} gives. */
    private static CustomerKind kind(Dice dice) {
        double roll = dice.between(0, 9999) / 10000.0;
        for (CustomerKind kind : CustomerKind.values()) {
            roll -= kind.share;
            if (roll < 0) {
                return kind;
            }
        }
        return CustomerKind.POLITE;
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
