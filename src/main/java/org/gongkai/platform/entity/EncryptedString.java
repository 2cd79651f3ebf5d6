package org.gongkai.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps a personal-data field encrypted in its column (SM4-GCM, {@link FieldCipher}) while the
 * entity holds the plain {@code String} (GB/T 39786-2021: confidentiality of important data in
 * storage; PIPL Art. 51: encryption of personal information). Put on a field with
 * {@code @Convert(converter = EncryptedString.class)}. An encrypted column cannot be searched with
 * {@code like} or compared in a query: equality look-ups go through {@link FieldCipher#lookupKey}.
 */
@Converter(autoApply = false)
public class EncryptedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : FieldCipher.installed().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : FieldCipher.installed().decrypt(stored);
    }
}
