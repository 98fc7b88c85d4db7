package io.gpuipowatch.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A set of companies a reader follows together: the four of the seed article, or the
 * Chinese GPU companies listed since. One group is the default selection of the overview
 * and compare.
 */
@Entity
@Table(name = "company_group")
public class Group {

	@Id
	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "name_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "name_zh")) })
	private Text name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "short_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "short_zh")) })
	private Text shortName;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "description_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "description_zh")) })
	private Text description;

	private boolean defaultSelection;

	private int position;

	protected Group() {
	}

	public Group(String code, Text name, Text shortName, Text description, boolean defaultSelection, int position) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.description = description;
		this.defaultSelection = defaultSelection;
		this.position = position;
	}

	public String getCode() {
		return code;
	}

	public Text getName() {
		return Text.orNone(name);
	}

	public Text getShortName() {
		return Text.orNone(shortName);
	}

	public Text getDescription() {
		return Text.orNone(description);
	}

	/** True for the group pages show when a link chooses none. */
	public boolean isDefaultSelection() {
		return defaultSelection;
	}

	public int getPosition() {
		return position;
	}

}
